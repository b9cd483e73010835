/** Makes a `switch` over a `kind` exhaustive: adding a kind breaks the build where it is unhandled. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
