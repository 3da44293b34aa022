// `npm run test:content`: parses every prompt and rubric with the domain schemas and fails with
// the file and field of each problem.
import { loadContentFromDisk } from '@/lib/node/content-files';

const { prompts, rubrics, errors } = loadContentFromDisk();
for (const e of errors) console.error(`✗ ${e.message}`);
const rubricCount = Object.values(rubrics).filter(Boolean).length;
if (prompts.length < 10)
  errors.push(Object.assign(new Error(`prompts/: ${prompts.length} valid prompts, at least 10 required`)));
if (errors.length) {
  console.error(
    `content: ${errors.length} problem(s) in ${prompts.length} prompts and ${rubricCount} rubrics`,
  );
  process.exit(1);
}
console.log(`content: ${prompts.length} prompts and ${rubricCount} rubrics valid`);
