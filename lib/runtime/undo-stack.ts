// What a sandbox's VM was made of, in the order it was made, each with how to undo it. A failed
// launch unwinds it (sandbox-vm.ts), and so does the sandbox's delete: one list for both, so the
// two cannot drift apart. Every step runs even when one before it failed; the failures come back
// named by their step.

export interface UndoProblem {
  step: string;
  error: string;
}

export class UndoStack {
  private readonly steps: { step: string; undo: () => unknown }[] = [];

  /** Records that `step` is done; `undo` reverses it (it may be async). */
  push(step: string, undo: () => unknown): void {
    this.steps.push({ step, undo });
  }

  get size(): number {
    return this.steps.length;
  }

  /** Undoes every step, the last first, and empties the stack. */
  async unwind(): Promise<UndoProblem[]> {
    const problems: UndoProblem[] = [];
    for (let s = this.steps.pop(); s; s = this.steps.pop()) {
      try {
        await s.undo();
      } catch (e) {
        problems.push({ step: s.step, error: (e as Error).message });
      }
    }
    return problems;
  }
}
