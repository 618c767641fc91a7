// A partner's profile: headline figures and sections, recomputed by core for the as-of date.
import { type Count, type PartnerId, partnerProfile } from "@partnership-atlas/core";
import { Box, Text } from "ink";
import { useEffect, useMemo, useReducer } from "react";
import { explainCounts, formatAmount, formatCount, formatPartialDate, headlineCounts } from "../format.js";
import { useApp } from "./AppContext.js";
import type { Screen } from "./appState.js";
import { ListWindow, moveSelection, Row } from "./ListWindow.js";
import { profileSections, type Section } from "./profileSections.js";
import { useAsync } from "./useAsync.js";
import { useKeys } from "./useKeys.js";

import { appActionFor } from "./appState.js";

const dash = (c: Count | null) => (c ? formatCount(c) : "—");
/** Lines kept for why the headline counts are not exact. */
const WHY_LINES = 2;

interface ProfileState {
  section: number;
  selected: number;
  /** A screen to open, set by a key; an effect carries it out. */
  go: { screen: Screen; seq: number } | null;
}

type ProfileAction =
  | { type: "section"; by: 1 | -1; count: number }
  | { type: "move"; by: "up" | "down" | "pageUp" | "pageDown"; sections: Section[]; page: number }
  | { type: "go"; what: "open" | "edit" | "delete" | "create" | "duplicate"; sections: Section[]; partner: string };

function reducer(state: ProfileState, action: ProfileAction): ProfileState {
  switch (action.type) {
    case "section":
      if (action.count === 0) return state;
      return { ...state, section: (state.section + action.by + action.count) % action.count, selected: 0 };
    case "move": {
      const total = action.sections[state.section]?.rows.length ?? 0;
      return { ...state, selected: moveSelection(state.selected, total, action.by, action.page) };
    }
    case "go": {
      const section = action.sections[state.section];
      if (!section) return state;
      const row = section.rows[state.selected];
      let screen: Screen | null = null;
      if (action.what === "create") screen = { kind: "form", collection: section.collection, key: null, partner: action.partner };
      else if (row && action.what === "open") screen = { kind: "record", collection: row.collection, key: row.key, partner: action.partner };
      else if (row && action.what === "edit") screen = { kind: "form", collection: row.collection, key: row.key, partner: action.partner };
      else if (row && action.what === "duplicate")
        screen = { kind: "form", collection: row.collection, key: null, partner: action.partner, duplicateOf: row.key };
      else if (row && action.what === "delete")
        screen = { kind: "record", collection: row.collection, key: row.key, partner: action.partner, confirmDelete: true };
      return screen ? { ...state, go: { screen, seq: (state.go?.seq ?? 0) + 1 } } : state;
    }
  }
}

export function ProfileScreen(props: { partner: PartnerId; isActive: boolean }) {
  const { store, state: app, dispatch: appDispatch, theme, rows } = useApp();
  const loaded = useAsync(() => store.loadPartnerDataset(props.partner), [store, props.partner, app.revision]);
  const dataset = loaded.status === "done" ? loaded.value : null;
  const profile = useMemo(
    () => (dataset ? partnerProfile(dataset, props.partner, app.asOf) : null),
    [dataset, props.partner, app.asOf],
  );
  const sections = useMemo(() => (profile ? profileSections(profile) : []), [profile]);
  const [state, dispatch] = useReducer(reducer, { section: 0, selected: 0, go: null });
  const why = useMemo(() => (profile ? explainCounts(headlineCounts(profile)) : []), [profile]);
  const whyShown = Math.min(WHY_LINES, why.length);
  const height = Math.max(3, rows - 10 - whyShown);
  useEffect(() => {
    if (state.go) appDispatch({ type: "push", screen: state.go.screen });
  }, [state.go, appDispatch]);

  useKeys("profile", props.isActive, (action) => {
    const global = appActionFor(action);
    if (global) return appDispatch(global);
    switch (action) {
      case "nextSection":
        dispatch({ type: "section", by: 1, count: sections.length });
        break;
      case "prevSection":
        dispatch({ type: "section", by: -1, count: sections.length });
        break;
      case "up":
      case "down":
      case "pageUp":
      case "pageDown":
        dispatch({ type: "move", by: action, sections, page: height });
        break;
      case "open":
      case "edit":
      case "delete":
      case "create":
      case "duplicate":
        dispatch({ type: "go", what: action, sections, partner: props.partner });
        break;
      case "back":
        appDispatch({ type: "pop" });
        break;
      default:
        break;
    }
  });

  if (loaded.status === "failed") return <Text color={theme.error}>Could not load {props.partner}: {loaded.message}</Text>;
  if (!profile) {
    return <Text>{loaded.status === "loading" ? `Loading ${props.partner}…` : `There is no partner "${props.partner}".`}</Text>;
  }
  const h = profile.headline;
  const r = profile.ratifications;
  // Ratifications are always a section, so a profile has at least one; the index is clamped by the reducer.
  const section = sections[state.section] ?? sections[0];
  if (!section) return <Text>{profile.partner.name} has no records to show.</Text>;
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        {profile.partner.name} ({profile.partner.id}) <Text color={theme.muted}>· as of </Text>
        <Text color={theme.accent}>{profile.asOf}</Text>
      </Text>
      {/* The headline figures, each once (the sections below list the records behind them). */}
      {h.ratified !== null && r ? (
        <>
          <Text wrap="truncate">
            Ratified <Text bold>{formatCount(h.ratified)}</Text> Conventions · <Text bold>{formatCount(r.protocols)}</Text> Protocols · in
            force <Text bold>{dash(h.inForce)}</Text>
          </Text>
          <Text wrap="truncate">
            fundamental <Text bold>{dash(h.fundamental)}</Text> of {r.available.fundamental} · governance <Text bold>{dash(h.governance)}</Text> of{" "}
            {r.available.governance} · technical <Text bold>{dash(h.technical)}</Text>
          </Text>
        </>
      ) : null}
      {/* Why a count is not exact, from the Count's reasons; a third reason and more share the last line. */}
      {why.slice(0, whyShown).map((line, i) => (
        <Text key={line} color={theme.muted} wrap="truncate">
          why {i === whyShown - 1 ? why.slice(i).join("; ") : line}
        </Text>
      ))}
      {profile.curated ? (
        <Text wrap="truncate">
          US${formatAmount(h.contributionsUsd)}
          {h.contributionsApproximate ? " (approx.)" : ""} contributed · {h.agreements} agreements · {h.projects} projects ·{" "}
          <Text color={h.driftedClaims ? theme.warn : theme.ok}>{h.driftedClaims} claims drifted</Text>
        </Text>
      ) : (
        <Text color={theme.muted} wrap="truncate">
          {profile.memberState?.memberSince ? `Member since ${formatPartialDate(profile.memberState.memberSince)} · ` : ""}no curated partnership records
        </Text>
      )}
      <Box>
        {sections.map((s, i) => (
          <Text key={s.label} inverse={i === state.section} bold={i === state.section}>
            {` ${s.label} ${s.rows.length} `}
          </Text>
        ))}
      </Box>
      <Text color={theme.muted} wrap="truncate">
        {section.summary}
      </Text>
      <ListWindow
        items={section.rows}
        selected={state.selected}
        height={height}
        empty="(none; n adds one)"
        render={(row, selected) => (
          <Row
            selected={selected}
            text={row.text}
            color={row.mark === "drifted" || row.mark === "wrong" ? theme.warn : undefined}
          />
        )}
      />
    </Box>
  );
}
