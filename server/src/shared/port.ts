/**
 * A port: a function a lower module calls and a higher module answers, so imports between modules
 * keep one direction (the module-boundaries test fails on a cycle). E.g. channels must know what
 * was sold at a fair before moving its dates, but only orders — which imports channels to check an
 * order's fair — reads the order tables: channels declares the port `fairSales` and calls it;
 * orders provides it beside the function that answers.
 *
 * Providing happens when the higher module's file loads; every module is loaded through
 * `modules/index.ts`, which checks there that no port is left without an answer.
 */
export type Port<F extends (...args: never[]) => unknown> = F & {
  readonly portName: string;
  provide(answer: F): void;
};

const ports: Port<(...args: never[]) => unknown>[] = [];
const answers = new Map<string, (...args: never[]) => unknown>();

export function port<F extends (...args: never[]) => unknown>(name: string): Port<F> {
  if (ports.some((p) => p.portName === name)) throw new Error(`port ${name} is declared twice`);
  const call = (...args: Parameters<F>) => {
    const answer = answers.get(name);
    if (!answer) throw new Error(`port ${name} has no answer: the module that provides it was not loaded`);
    return answer(...args);
  };
  const p = Object.assign(call, {
    portName: name,
    provide(answer: F) {
      if (answers.has(name)) throw new Error(`port ${name} is provided twice`);
      answers.set(name, answer);
    },
  }) as unknown as Port<F>;
  ports.push(p as unknown as Port<(...args: never[]) => unknown>);
  return p;
}

/** The names of the ports declared but not provided (none, once every module is loaded). */
export function unansweredPorts(): string[] {
  return ports.filter((p) => !answers.has(p.portName)).map((p) => p.portName);
}

/**
 * An extension point: a list a lower module reads and any higher module adds to — e.g. the records
 * through which a lower module's row may be read (a buyer is readable to whoever may see one of its
 * sub-orders; only orders knows which those are). Unlike a port it may hold any number of answers,
 * none included.
 */
export interface ExtensionPoint<T> {
  readonly name: string;
  add(extension: T): void;
  all(): readonly T[];
}

export function extensionPoint<T>(name: string): ExtensionPoint<T> {
  const added: T[] = [];
  return { name, add: (e) => void added.push(e), all: () => added };
}
