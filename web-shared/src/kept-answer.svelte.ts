// A page's value that a mutation's answer replaces, until the page's own data really changes.
//
// Pages show `data.x` and put a mutation's answer in its place (writes return what they wrote).
// `let x = $derived(data.x)` loses that answer whenever `data` is rebuilt without the page's load
// running again: a live event that reloads only the layout hands the page a new `data` holding the
// very same `x` it had at first, and the derived goes back to it. This keeps the answer for as long
// as the page's load still gives the value the answer replaced, and lets a real reload (a new
// object from the server) win.
export interface KeptAnswer<T> {
  current: T;
}

export function keptAnswer<T>(source: () => T): KeptAnswer<T> {
  // Raw: the source's value is compared by identity, so it must not be wrapped in a proxy.
  let answer = $state.raw<{ replaced: T; value: T } | null>(null);
  return {
    get current(): T {
      const loaded = source();
      return answer && answer.replaced === loaded ? answer.value : loaded;
    },
    set current(value: T) {
      answer = { replaced: source(), value };
    },
  };
}
