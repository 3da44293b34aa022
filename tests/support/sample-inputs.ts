// The sample answers and grading inputs of the scripted LLM server (src/lib/node/scripted-llm/samples.ts), for
// unit tests under src/domain: the layer rule keeps a domain file, test or not, from importing src/lib directly.
export { longAnswers, sampleGradeInput } from '@/lib/node/scripted-llm/samples';
