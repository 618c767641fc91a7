// The query parameters of each API operation: one list used to parse requests and to write
// the OpenAPI document, so the two cannot disagree.
import type { z } from "zod";
import { AsOfParam, CursorParam, RecordedOnParam, SinceParam, UntilParam, CategoryParam, IdsParam, InstrumentCodeParam, PartnerIdParam, QueryParam, StateParam, StatusParam } from "./params";

export interface ParamSpec {
  name: string;
  in: "query" | "path";
  required: boolean;
  schema: z.ZodType;
}

export const P = {
  asOf: { name: "asOf", in: "query", required: false, schema: AsOfParam },
  recordedOn: { name: "recordedOn", in: "query", required: false, schema: RecordedOnParam },
  since: { name: "since", in: "query", required: true, schema: SinceParam },
  until: { name: "until", in: "query", required: false, schema: UntilParam },
  cursor: { name: "cursor", in: "query", required: false, schema: CursorParam },
  id: { name: "id", in: "path", required: true, schema: PartnerIdParam },
  code: { name: "code", in: "path", required: true, schema: InstrumentCodeParam },
  category: { name: "category", in: "query", required: false, schema: CategoryParam },
  status: { name: "status", in: "query", required: false, schema: StatusParam },
  state: { name: "state", in: "query", required: true, schema: StateParam },
  q: { name: "q", in: "query", required: true, schema: QueryParam },
  ids: { name: "ids", in: "query", required: true, schema: IdsParam },
  partner: { name: "partner", in: "query", required: false, schema: PartnerIdParam.optional() },
} as const satisfies Record<string, ParamSpec>;
