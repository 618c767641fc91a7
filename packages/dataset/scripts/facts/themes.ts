// The theme vocabulary, mapped to OECD DAC purpose codes where one exists.
import type { ThemeIn } from "./types.js";

export const THEMES: ThemeIn[] = [
  { id: "child-labour", label: "Child labour", dacPurposeCode: "16070" },
  { id: "decent-work", label: "Decent work" },
  { id: "forced-labour", label: "Forced labour", dacPurposeCode: "16070" },
  { id: "employment", label: "Employment policy and services", dacPurposeCode: "16020" },
  { id: "global-supply-chains", label: "Decent work in global supply chains" },
  { id: "labour-governance", label: "Labour governance and administration" },
  { id: "labour-migration", label: "Labour migration" },
  { id: "labour-rights", label: "Labour rights and standards", dacPurposeCode: "16070" },
  { id: "maritime-labour", label: "Maritime labour" },
  { id: "occupational-safety-and-health", label: "Occupational safety and health", dacPurposeCode: "16070" },
  { id: "skills-development", label: "Skills development and vocational training", dacPurposeCode: "11330" },
  { id: "social-dialogue", label: "Social dialogue", dacPurposeCode: "16080" },
  { id: "social-protection", label: "Social protection", dacPurposeCode: "16010" },
  { id: "social-solidarity-economy", label: "Social and solidarity economy" },
];
