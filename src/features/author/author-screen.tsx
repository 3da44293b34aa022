import { useMemo, useState } from 'react';
import { MarkdownView } from '@/components/markdown-view';
import { DIFFICULTIES } from '@/domain/content-schema';
import { namespacedPromptId } from '@/domain/pack/namespace';
import { LOCAL_PACK_ID } from '@/domain/pack/limits';
import { hrefOf, navigate } from '@/hooks/use-route';
import { authoredById, promptAuthored, usePacksLoaded, usePacksStore } from '@/stores/packs-store';
import { emptyForm, formOf, validateForm, type AuthorForm } from './author-form';
import { AuthorExport } from './author-export';
import { FieldError, problemUnder } from './field-error';
import { FollowUpEditor, ScaleEditor } from './list-editors';
import { ReferenceEditor } from './reference-editor';
import './author.css';

function TextField({
  label,
  path,
  value,
  onChange,
  problems,
  hint,
}: {
  label: string;
  path: keyof AuthorForm;
  value: string;
  onChange: (v: string) => void;
  problems: Map<string, string>;
  hint?: string;
}) {
  const problem = problemUnder(problems, path);
  const id = `author-${path}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="muted">
          {hint}
        </span>
      )}
      <input
        id={id}
        type="text"
        value={value}
        aria-invalid={!!problem}
        aria-describedby={`${id}-hint ${path}-err`}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError id={`${path}-err`} problem={problem} />
    </div>
  );
}

function Editor({ initial, editing }: { initial: AuthorForm; editing: string | null }) {
  const [form, setForm] = useState(initial);
  const [saved, setSaved] = useState<string | null>(null);
  const { prompt, problems: all } = useMemo(() => validateForm(form), [form]);
  // A field's problem shows once it was edited, or after a save was tried: not on an untouched form.
  const [touched, setTouched] = useState<Set<string>>(() => new Set(editing ? Object.keys(initial) : []));
  const problems = useMemo(
    () => new Map([...all].filter(([path]) => touched.has(path.split('.')[0]!))),
    [all, touched],
  );
  const clash = usePacksStore((s) => !!prompt && prompt.id !== editing && !!authoredById(s, prompt.id));
  const change = (c: Partial<AuthorForm>) => {
    setSaved(null);
    setTouched((t) => new Set([...t, ...Object.keys(c)]));
    setForm((f) => ({ ...f, ...c }));
  };
  const save = async () => {
    setTouched(new Set(Object.keys(form)));
    if (!prompt || clash) return;
    const problem = await promptAuthored(prompt, form.author.trim(), Date.now());
    setSaved(problem ?? 'Saved to your library.');
    if (!problem && editing !== prompt.id) navigate({ name: 'author', promptId: prompt.id });
  };
  const bodyProblem = problems.get('body');
  return (
    <div className="author-layout">
      <form className="stack card" aria-label="Prompt" onSubmit={(e) => (e.preventDefault(), void save())}>
        <TextField
          label="Your name"
          path="author"
          value={form.author}
          onChange={(author) => change({ author })}
          problems={problems}
        />
        <TextField
          label="Id"
          hint="lowercase-with-dashes; the file name in prompts/"
          path="id"
          value={form.id}
          onChange={(id) => change({ id })}
          problems={problems}
        />
        <TextField
          label="Title"
          path="title"
          value={form.title}
          onChange={(title) => change({ title })}
          problems={problems}
        />
        <TextField
          label="Summary (for the library card)"
          path="summary"
          value={form.summary}
          onChange={(summary) => change({ summary })}
          problems={problems}
        />
        <div className="row">
          <label className="field">
            Difficulty
            <select
              value={form.difficulty}
              onChange={(e) => change({ difficulty: e.target.value as AuthorForm['difficulty'] })}
            >
              {DIFFICULTIES.map((d) => (
                <option key={d}>{d}</option>
              ))}
            </select>
          </label>
          <label className="field">
            Minutes
            <input
              type="number"
              min={10}
              max={180}
              value={form.minutes}
              onChange={(e) => change({ minutes: e.target.value })}
              aria-describedby="minutes-err"
            />
          </label>
          <FieldError id="minutes-err" problem={problems.get('minutes')} />
        </div>
        <TextField
          label="Tags"
          hint="comma-separated, e.g. rag, legal, evals"
          path="tags"
          value={form.tags}
          onChange={(tags) => change({ tags })}
          problems={problems}
        />
        <label className="field">
          Brief (Markdown)
          <textarea
            rows={14}
            value={form.body}
            aria-invalid={!!bodyProblem}
            aria-describedby="body-err"
            onChange={(e) => change({ body: e.target.value })}
          />
        </label>
        <FieldError id="body-err" problem={bodyProblem} />
        <ScaleEditor rows={form.scale} onChange={change} problems={problems} />
        <FollowUpEditor rows={form.followUps} onChange={change} problems={problems} />
        <ReferenceEditor
          reference={form.reference}
          onChange={(reference) => change({ reference })}
          problems={problems}
        />
        <p role="status" className={problems.size ? 'field-error' : 'muted'}>
          {all.size
            ? `${all.size} field(s) still to fill in or fix before saving.`
            : clash
              ? `You already have a prompt with the id “${prompt?.id}”; choose another id.`
              : 'Ready to save.'}
        </p>
        <div className="row">
          <button type="submit" className="primary" disabled={clash}>
            Save prompt
          </button>
          {saved && <span aria-live="polite">{saved}</span>}
        </div>
      </form>
      <aside className="stack">
        <section className="card" aria-labelledby="author-preview">
          <h2 id="author-preview">Preview</h2>
          <h3>{form.title || 'Untitled prompt'}</h3>
          <p className="muted">{form.summary}</p>
          <MarkdownView text={form.body} />
        </section>
        {prompt && editing === prompt.id && (
          <section className="card stack" aria-labelledby="author-share">
            <h2 id="author-share">Practise, export and share</h2>
            <p className="row">
              <a href={hrefOf({ name: 'prompt', promptId: namespacedPromptId(LOCAL_PACK_ID, prompt.id) })}>
                Practise it
              </a>
              <a href={hrefOf({ name: 'kit', promptId: namespacedPromptId(LOCAL_PACK_ID, prompt.id) })}>
                Interviewer kit
              </a>
            </p>
            <AuthorExport prompt={prompt} author={form.author.trim()} />
          </section>
        )}
      </aside>
    </div>
  );
}

/** `#/author` (a new prompt) and `#/author/<id>` (one written here before). */
export function AuthorScreen({ promptId }: { promptId: string | null }) {
  const status = usePacksLoaded();
  const authored = usePacksStore((s) => (promptId ? authoredById(s, promptId) : undefined));
  const lastAuthor = usePacksStore((s) => Object.values(s.authored)[0]?.author ?? '');
  if (status !== 'ready' && status !== 'error') return <p className="muted">Loading your prompts…</p>;
  if (promptId && !authored)
    return (
      <section>
        <h1>Prompt not found</h1>
        <p>
          You have not written a prompt “{promptId}” here.{' '}
          <a href={hrefOf({ name: 'author', promptId: null })}>Write a new one</a>
        </p>
      </section>
    );
  return (
    <section className="stack" aria-labelledby="author-heading">
      <h1 id="author-heading">{authored ? `Edit “${authored.prompt.title}”` : 'Write a prompt'}</h1>
      <p className="muted">
        Every field of the prompt file format, checked as you type. Saved prompts appear in your library;
        export one as <code>prompts/&lt;id&gt;.md</code> for a pull request, or share it as a link or pack.
      </p>
      <Editor
        key={promptId ?? 'new'}
        initial={authored ? formOf(authored.prompt, authored.author) : emptyForm(lastAuthor)}
        editing={promptId}
      />
    </section>
  );
}
