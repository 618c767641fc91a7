"use client";
// The year slider: with JavaScript, moving it fetches the same page for that year and swaps the
// map view in place (no navigation), and the address follows via history.replaceState. Without
// JavaScript it is not shown; the GET form above it does the same job.
import { useEffect, useId, useRef, useState } from "react";

export interface MapSliderProps {
  min: number;
  max: number;
  value: number;
  label: string;
  hint: string;
  loading: string;
}

/** The page address for a year: the current query with `year` set and `asOf` dropped. */
function addressFor(year: number): string {
  const url = new URL(window.location.href);
  url.searchParams.delete("asOf");
  url.searchParams.set("year", String(year));
  return `${url.pathname}?${url.searchParams.toString()}`;
}

export function MapSlider({ min, max, value, label, hint, loading }: MapSliderProps) {
  const id = useId();
  const [year, setYear] = useState(value);
  const [ready, setReady] = useState(false);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => setReady(true), []);

  async function show(next: number) {
    const ticket = ++latest.current;
    setBusy(true);
    const address = addressFor(next);
    try {
      const res = await fetch(address, { headers: { accept: "text/html" } });
      if (!res.ok) throw new Error(String(res.status));
      const doc = new DOMParser().parseFromString(await res.text(), "text/html");
      const fresh = doc.querySelector("[data-map-view]");
      const current = document.querySelector("[data-map-view]");
      // A later move wins: an older answer arriving late is dropped.
      if (ticket !== latest.current || !fresh || !current) return;
      current.replaceWith(document.importNode(fresh, true));
      window.history.replaceState(null, "", address);
    } catch {
      // The form still works: fall back to a normal page load.
      if (ticket === latest.current) window.location.assign(address);
    } finally {
      if (ticket === latest.current) setBusy(false);
    }
  }

  return (
    <div className="map-slider" hidden={!ready}>
      <label htmlFor={id}>{label}</label>{" "}
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={1}
        value={year}
        aria-describedby={`${id}-hint`}
        aria-valuetext={String(year)}
        onChange={(e) => {
          const next = Number(e.currentTarget.value);
          setYear(next);
          // Held arrow keys move many years a second: ask for the year the slider rests on.
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void show(next), 120);
        }}
      />{" "}
      <output htmlFor={id}>{year}</output>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {busy ? loading.replace("{year}", String(year)) : ""}
      </p>
    </div>
  );
}
