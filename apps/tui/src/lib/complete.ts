import {
  type Api,
  CITATION_FORMATS,
  COLLECTION_NAMES,
  EVENT_KINDS,
  PERSPECTIVES,
  RECOMMENDATION_RESPONSES,
  RECORD_KINDS,
  termYears,
} from "@kz-hrc/core";
import { COMMAND_FLAGS, COMMANDS, type CommandName, GLOBAL_FLAGS, isCommand, type Shell } from "./args.js";
import { VOTE_CHOICES } from "./filters.js";

const ids = (api: Api, kind: (typeof RECORD_KINDS)[number]) => api.list(kind).map((r) => r.id);

/** The values a flag takes, where they can be listed; `--data` is left to the shell (a folder). */
function flagValues(api: Api, command: CommandName | "browse", flag: string): readonly string[] {
  switch (flag) {
    case "format":
      return command === "cite" ? CITATION_FORMATS : ["json", "csv"];
    case "type":
      return EVENT_KINDS;
    case "kind":
      return command === "timeline" ? ["event"] : COLLECTION_NAMES;
    case "topic":
      return ids(api, "topic");
    case "person":
      return ids(api, "person");
    case "org":
      return ids(api, "organization");
    case "source":
      return ids(api, "source");
    case "perspective":
      return PERSPECTIVES;
    case "member":
      return ["yes", "no"];
    case "order":
      return ["oldest", "newest"];
    case "cycle":
      return api.listUprReviews().map((r) => String(r.cycle));
    case "response":
      return RECOMMENDATION_RESPONSES;
    case "state":
      return [...new Set(api.listRecommendations().flatMap((r) => r.recommendingStateIds))].sort();
    case "term":
      return api.listMembershipTerms().map((t) => termYears(t));
    case "vote":
      return VOTE_CHOICES;
    default:
      return [];
  }
}

/**
 * What may come next on a command line: `words` are the arguments typed so far, the last
 * one being the word under the cursor (possibly empty). One candidate a line, for the
 * shell scripts below; candidates start with that word.
 */
export function completions(api: Api, words: readonly string[]): string[] {
  const current = words.at(-1) ?? "";
  const before = words.slice(0, -1);
  const command = before.find(isCommand) ?? "browse";
  const flags = new Map([...(COMMAND_FLAGS.get(command) ?? []), ...GLOBAL_FLAGS]);
  const previous = before.at(-1)?.replace(/^--/, "");
  let candidates: readonly string[];
  if (previous !== undefined && before.at(-1)?.startsWith("--") && flags.get(previous)?.value)
    candidates = flagValues(api, command, previous);
  else if (current.startsWith("-")) candidates = [...flags.keys()].map((name) => `--${name}`);
  else if (command === "browse") candidates = COMMANDS;
  else if (command === "show" || command === "cite") candidates = RECORD_KINDS.flatMap((kind) => ids(api, kind));
  else if (command === "list") candidates = COLLECTION_NAMES;
  else candidates = [];
  return candidates.filter((c) => c.startsWith(current));
}

/** The script that makes a shell complete kz-hrc: it asks `kz-hrc __complete` for candidates. */
export function completionScript(shell: Shell): string {
  switch (shell) {
    case "bash":
      return `# kz-hrc completion for bash: add to ~/.bashrc
#   source <(kz-hrc completion bash)
_kz_hrc() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]}
  if [[ $prev == --data ]]; then
    COMPREPLY=( $(compgen -d -- "$cur") )
    return
  fi
  local IFS=$'\\n'
  COMPREPLY=( $(kz-hrc __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) )
}
complete -F _kz_hrc kz-hrc
`;
    case "zsh":
      return `#compdef kz-hrc
# kz-hrc completion for zsh: add to ~/.zshrc (after compinit)
#   source <(kz-hrc completion zsh)
_kz_hrc() {
  if [[ \${words[CURRENT-1]} == --data ]]; then
    _files -/
    return
  fi
  local -a candidates
  candidates=("\${(@f)$(kz-hrc __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -a candidates
}
if (( $+functions[compdef] )); then compdef _kz_hrc kz-hrc; fi
`;
    case "fish":
      return `# kz-hrc completion for fish: save as ~/.config/fish/completions/kz-hrc.fish
#   kz-hrc completion fish > ~/.config/fish/completions/kz-hrc.fish
function __kz_hrc_complete
    set -l words (commandline -opc) (commandline -ct)
    kz-hrc __complete $words[2..-1] 2>/dev/null
end
complete -c kz-hrc -f -a '(__kz_hrc_complete)'
complete -c kz-hrc -l data -x -a '(__fish_complete_directories)'
`;
  }
}
