// Anonymous usage counts per day, kept until the server has acknowledged them: the
// bookkeeping, with storage, today's date and new ids handed in. No browser globals.
//
// Stored: { pending: [batch…], current: batch | null }, a batch being
// { id, day: "YYYY-MM-DD", sessions, views: { "<person id>": count } }.

export const MAX_BATCHES = 500; // per heartbeat

/** A date's local calendar day, as the server counts them. */
export function dayOf(date) {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${String(date.getDate()).padStart(2, "0")}`;
}

const counted = (batch) => Boolean(batch.sessions || Object.keys(batch.views).length);

export class UsageCounts {
  #load;
  #save;
  #today;
  #newId;

  /** load() → the stored state or null; save(state); today() → "YYYY-MM-DD"; newId() → a UUID. */
  constructor({ load, save, today, newId }) {
    this.#load = load;
    this.#save = save;
    this.#today = today;
    this.#newId = newId;
  }

  /** A visitor started browsing. */
  session() {
    this.#change((state) => {
      this.#current(state).sessions += 1;
    });
  }

  /** A person's detail was shown. */
  view(id) {
    this.#change((state) => {
      const batch = this.#current(state);
      batch.views[id] = (batch.views[id] || 0) + 1;
    });
  }

  /** The batches to report: today's so far is closed and joins the ones not yet acknowledged. */
  takeBatches() {
    let batches;
    this.#change((state) => {
      const batch = this.#current(state);
      if (counted(batch)) {
        state.pending.push(batch);
        state.current = null;
      }
      batches = state.pending.slice(0, MAX_BATCHES);
    });
    return batches;
  }

  /** The server has these batches: they are forgotten. */
  acknowledge(ids) {
    this.#change((state) => {
      state.pending = state.pending.filter((batch) => !ids.includes(batch.id));
    });
  }

  #change(update) {
    const state = this.#load() || { pending: [], current: null };
    update(state);
    this.#save(state);
  }

  /** Today's batch; a new day's starts afresh, and the last day's waits to be reported. */
  #current(state) {
    const day = this.#today();
    if (!state.current || state.current.day !== day) {
      if (state.current && counted(state.current)) state.pending.push(state.current);
      state.current = { id: this.#newId(), day, sessions: 0, views: {} };
    }
    return state.current;
  }
}
