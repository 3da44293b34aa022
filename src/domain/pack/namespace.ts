// Imported prompts live under `pack:<packId>/<promptId>`, so no import can shadow a built-in prompt or a
// prompt of another pack, whatever ids it uses.

const NAMESPACED = /^pack:([a-z0-9-]+)\/([a-z0-9-]+)$/;

export function namespacedPromptId(packId: string, promptId: string): string {
  return `pack:${packId}/${promptId}`;
}

/** The pack and prompt of a namespaced id, or null for a built-in id. */
export function splitPromptId(id: string): { packId: string; promptId: string } | null {
  const m = NAMESPACED.exec(id);
  return m ? { packId: m[1]!, promptId: m[2]! } : null;
}

/** The version stamp a grade made with a pack's rubric override records (Grade.rubricSource). */
export function rubricSourceOf(packId: string, overrideId: string, version: string): string {
  return `pack:${packId}/${overrideId}@${version}`;
}
