// Starts the interactive terminal UI. Imported lazily: commands never load Ink or React.
import { parseIsoDate } from "@partnership-atlas/core";
import { actor, openStoreFor, today } from "./context.js";
import { EXIT, UsageError } from "./exit-codes.js";

export async function runInteractive(options: { db: string | undefined; env: NodeJS.ProcessEnv }): Promise<number> {
  // Ink colours through chalk, which reads FORCE_COLOR but not NO_COLOR.
  if (options.env.NO_COLOR) process.env.FORCE_COLOR = "0";
  const asOf = parseIsoDate(today(options.env));
  if (!asOf.ok) throw new UsageError(`ATLAS_TODAY ${asOf.message}`);
  // Load the UI while the store opens: Ink (with its layout engine) is the slowest import.
  const ui = Promise.all([import("ink"), import("react"), import("./ui/App.js")]);
  const store = await openStoreFor(options.db, options.env);
  const [{ render }, React, { App }] = await ui;
  const instance = render(React.createElement(App, { store, asOf: asOf.date, actor: actor(options.env), env: options.env }), {
    exitOnCtrlC: true,
  });
  try {
    await instance.waitUntilExit();
  } finally {
    await store.close();
  }
  return EXIT.ok;
}
