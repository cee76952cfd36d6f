/**
 * Acting on a record from the browser: its address opened in the web browser (`o`), its
 * id, address or citation copied (`y`). Each returns the line the footer shows.
 */
import { spawn } from "node:child_process";
import { type Api, citeIn, DEFAULT_SITE_URL, type RecordRef, recordPath, sourceAddresses } from "@kz-hrc/core";

export type CopyWhat = "id" | "address" | "citation";

const siteUrl = (env: NodeJS.ProcessEnv) => (env.SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, "");

/**
 * The address a record leads to: a source's own address (the original, else the copy that
 * was read); any other record's page on the site.
 */
export function addressOf(api: Api, ref: RecordRef, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (ref.kind === "source") {
    const source = api.getSource(ref.id);
    if (!source) return undefined;
    const at = sourceAddresses(source);
    return at.original ?? at.readAt?.url;
  }
  return `${siteUrl(env)}${recordPath(ref.kind, ref.id)}`;
}

/** The text `y` puts on the clipboard, or undefined when the record has none of that. */
export function copyText(api: Api, ref: RecordRef, what: CopyWhat, env: NodeJS.ProcessEnv = process.env) {
  if (what === "id") return ref.id;
  if (what === "address") return addressOf(api, ref, env);
  return citeIn(api, api.dataset.version, ref.id, "text", { siteUrl: siteUrl(env) })?.trim();
}

/**
 * The command that opens an address: $BROWSER (the usual convention: several may be given,
 * separated by colons, the first is used; words after the program are its arguments, and
 * `%s` stands for the address), else the desktop's opener. Never through a shell.
 */
export function browserCommand(
  url: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): [string, string[]] {
  const browser = env.BROWSER?.split(":").find((b) => b.trim());
  if (browser) {
    const [program = "", ...args] = browser.trim().split(/\s+/);
    return args.includes("%s") ? [program, args.map((a) => (a === "%s" ? url : a))] : [program, [...args, url]];
  }
  if (platform === "darwin") return ["open", [url]];
  // Not cmd's `start`: cmd would read & and ^ in the address as its own syntax.
  if (platform === "win32") return ["explorer.exe", [url]];
  return ["xdg-open", [url]];
}

/** How long an opener has to fail before its silence counts as success (openers hand over and exit). */
const OPENER_GRACE_MS = 1500;

/** Opens the address without waiting for the browser; resolves to what the footer says. */
export function openAddress(url: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (!/^https?:\/\//i.test(url)) return Promise.resolve(`Not a web address: ${url}`);
  const [command, args] = browserCommand(url, env);
  const failed = (why: string) => `${command} ${why}; set BROWSER, or open it yourself: ${url}`;
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "ignore", detached: true, env });
    child.once("error", () => resolve(failed("could not be started")));
    child.once("spawn", () => {
      // xdg-open and friends exit at once, non-zero when no browser would take the address.
      const timer = setTimeout(() => resolve(`Opened ${url}`), OPENER_GRACE_MS);
      timer.unref();
      child.once("exit", (code) => {
        clearTimeout(timer);
        resolve(code === 0 || code === null ? `Opened ${url}` : failed(`could not open it (exit ${code})`));
      });
      child.unref();
    });
  });
}

/** OSC 52, the terminal's own clipboard request: terminals that allow it put the text on the clipboard. */
export const osc52 = (text: string) => `\u001b]52;c;${Buffer.from(text, "utf8").toString("base64")}\u0007`;

/**
 * Puts text on the clipboard through the terminal. Inside tmux, through tmux (which keeps it
 * as a paste buffer and passes it on to the outer terminal); elsewhere with OSC 52.
 */
export function copyToClipboard(
  text: string,
  write: (sequence: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<"tmux" | "terminal"> {
  if (!env.TMUX) {
    write(osc52(text));
    return Promise.resolve("terminal");
  }
  return new Promise((resolve) => {
    const child = spawn("tmux", ["load-buffer", "-w", "-"], { stdio: ["pipe", "ignore", "ignore"], env });
    const fallBack = () => {
      write(osc52(text));
      resolve("terminal");
    };
    child.once("error", fallBack);
    child.once("close", (code) => (code === 0 ? resolve("tmux") : fallBack()));
    child.stdin.on("error", () => {});
    child.stdin.end(text);
  });
}

export type Act = { type: "openAddress"; ref: RecordRef } | { type: "copy"; ref: RecordRef; what: CopyWhat };

/** Carries out `o` and `y` for the browser; resolves to the footer's note. */
export function createActions(api: Api, write: (sequence: string) => void, env: NodeJS.ProcessEnv = process.env) {
  return async (act: Act): Promise<string> => {
    if (act.type === "openAddress") {
      const url = addressOf(api, act.ref, env);
      return url ? openAddress(url, env) : `No address is recorded for ${act.ref.id}`;
    }
    const text = copyText(api, act.ref, act.what, env);
    if (!text) return `Nothing to copy: ${act.ref.id} has no ${act.what}`;
    const how = await copyToClipboard(text, write, env);
    const what =
      act.what === "citation" ? "citation" : `${act.what} ${text.length > 60 ? `${text.slice(0, 59)}…` : text}`;
    return how === "tmux"
      ? `Copied the ${what} (tmux paste buffer and clipboard)`
      : `Copied the ${what} (to the clipboard, where the terminal allows OSC 52)`;
  };
}
