import { ShareOutput } from '@/components/share-output';
import { buildPack } from '@/domain/pack/pack-parse';
import type { PackPrompt } from '@/domain/pack/pack-schema';
import { promptFileName, promptToMarkdown } from '@/domain/pack/prompt-markdown';

function downloadText(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** `prompts/<id>.md` for a pull request, and the prompt as a one-prompt pack (link or file). */
export function AuthorExport({ prompt, author }: { prompt: PackPrompt; author: string }) {
  const pack = buildPack({ id: prompt.id, title: prompt.title, author, prompts: [prompt] });
  return (
    <div className="stack">
      <div className="row">
        <button type="button" onClick={() => downloadText(promptFileName(prompt), promptToMarkdown(prompt))}>
          Download {promptFileName(prompt)}
        </button>
      </div>
      <ShareOutput output={{ kind: 'pack', pack }} fileName={`${prompt.id}.pack.json`} what="this prompt" />
    </div>
  );
}
