import { describe, expect, it } from 'vitest';
import { splitBrief } from './split-brief';

describe('splitBrief', () => {
  it('takes the "What the interviewer listens for" section out of the brief', () => {
    const body =
      '## The brief\nBuild it.\n\n## What the interviewer listens for\n- Citations\n- Evals\n\n## Constraints\nCheap.';
    expect(splitBrief(body)).toEqual({
      brief: '## The brief\nBuild it.\n\n## Constraints\nCheap.',
      listensFor: '- Citations\n- Evals',
    });
  });

  it('works when the section is last, and leaves a brief without it alone', () => {
    expect(splitBrief('Intro\n## What the interviewer listens for\nDepth.')).toEqual({
      brief: 'Intro',
      listensFor: 'Depth.',
    });
    expect(splitBrief('## The brief\nBuild it.')).toEqual({
      brief: '## The brief\nBuild it.',
      listensFor: null,
    });
  });
});
