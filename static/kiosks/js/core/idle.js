// The idle clock of browse mode: after a quiet spell a countdown, and when that runs out,
// back to the attract loop. No DOM: the clock and what to show are handed in.

export class IdleClock {
  #seconds;
  #on;
  #clock;
  #watching = false;
  #wait = null;
  #tick = null;

  /**
   * seconds(): the { idle, countdown } seconds in force (they come with the content);
   * on: { countdown(left), tick(left), hide(), expire() };
   * clock: setTimeout, clearTimeout, setInterval and clearInterval (a fake one in tests).
   */
  constructor({ seconds, on, clock = globalThis }) {
    this.#seconds = seconds;
    this.#on = on;
    this.#clock = clock;
  }

  get counting() {
    return this.#tick !== null;
  }

  /** Browse mode begins: the quiet spell starts. */
  watch() {
    this.#watching = true;
    this.activity();
  }

  /** The visitor did something: a countdown under way is called off, the quiet spell starts again. */
  activity() {
    if (!this.#watching) return;
    this.#clock.clearTimeout(this.#wait);
    if (this.counting) this.#endCountdown();
    this.#wait = this.#clock.setTimeout(() => this.#countdown(), this.#seconds().idle * 1000);
  }

  /** Back in attract mode: nothing to watch. */
  stop() {
    this.#watching = false;
    this.#clock.clearTimeout(this.#wait);
    this.#wait = null;
    if (this.counting) this.#endCountdown();
  }

  #countdown() {
    this.#wait = null;
    let left = this.#seconds().countdown;
    this.#on.countdown(left);
    this.#tick = this.#clock.setInterval(() => {
      left -= 1;
      this.#on.tick(left);
      if (left <= 0) {
        this.stop();
        this.#on.expire();
      }
    }, 1000);
  }

  #endCountdown() {
    this.#clock.clearInterval(this.#tick);
    this.#tick = null;
    this.#on.hide();
  }
}
