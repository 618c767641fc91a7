// The contribution channels, each with its kind (assessed or voluntary) and, where one exists,
// the OECD CRS channel code under which the ILO reports it. One table: apps and sums read it.
import type { ContributionChannel } from "./records.js";

/** Assessed money is owed by membership (the regular budget); voluntary money is given on top of it. */
export type ContributionKind = "assessed" | "voluntary";

export interface ChannelInfo {
  kind: ContributionKind;
  /**
   * The CRS channel code, where the channel maps onto one: 41302 (ILO, assessed), 41144 (RBSA),
   * 41701 (non-core). Absent for channels that are reported inside another (a trust fund within
   * non-core funding) or that carry no code of their own: no code is guessed.
   */
  crsChannel?: "41302" | "41144" | "41701";
}

export const CHANNELS: Record<ContributionChannel, ChannelInfo> = {
  assessed: { kind: "assessed", crsChannel: "41302" },
  "voluntary-core": { kind: "voluntary" },
  "voluntary-non-core": { kind: "voluntary", crsChannel: "41701" },
  rbsa: { kind: "voluntary", crsChannel: "41144" },
  "south-south-trust-fund": { kind: "voluntary" },
  "direct-trust-fund": { kind: "voluntary" },
  "itc-ilo": { kind: "voluntary" },
  "china-un-funds": { kind: "voluntary" },
  "jpo-secondment": { kind: "voluntary" },
  "voluntary-all": { kind: "voluntary" },
};

/** Whether a contribution on `channel` is assessed or voluntary. */
export function kindOfChannel(channel: ContributionChannel): ContributionKind {
  return CHANNELS[channel].kind;
}
