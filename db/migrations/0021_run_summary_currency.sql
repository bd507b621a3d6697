-- Parallel-run summaries stored before they carried a currency get `currency` and `byCurrency`
-- (lib/migration/parallel-run/summarize-run.ts). An account of a run is reconciled in its
-- Switchboard account's currency, else (an account only the legacy system billed) its legacy
-- invoice's. A run of one currency keeps its stored figures, which are that currency's. A run
-- of several had added amounts of different currencies: those become null, and each
-- currency's figures are computed here exactly as summarizeRun computes them.

-- averageText (lib/money/average-text.ts): round to 28 significant digits, half to even.
CREATE FUNCTION "switchboard_0020_sig28"(x numeric) RETURNS numeric LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  e integer;
  r numeric;
BEGIN
  IF x = 0 THEN RETURN 0; END IF;
  -- the exponent of the leading digit
  IF abs(x) >= 1 THEN
    e := length(trunc(abs(x))::text) - 1;
  ELSE
    e := -1 - length(substring(abs(x)::text FROM '^0\.(0*)'));
  END IF;
  r := round(x, 27 - e);
  IF abs(x - r) * power(10::numeric, 28 - e) = 5 AND mod(abs(r) * power(10::numeric, 27 - e), 2) = 1 THEN
    r := r - sign(x) * power(10::numeric, e - 27); -- a tie goes to the even neighbour
  END IF;
  IF abs(r) >= power(10::numeric, e + 1) THEN
    r := round(r, 26 - e); -- rounded up to the next power of ten: one integer digit more
  END IF;
  RETURN r;
END $$;
--> statement-breakpoint
-- averageText: the 28-digit quotient, or, when it multiplies back exactly, the value with at
-- least two decimals.
CREATE FUNCTION "switchboard_0020_average_text"(total numeric, n bigint) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  q numeric;
BEGIN
  IF n = 0 THEN RETURN NULL; END IF;
  q := "switchboard_0020_sig28"(round(total, 80) / n);
  IF "switchboard_0020_sig28"(q * n) = total THEN
    q := trim_scale(q);
    RETURN round(q, greatest(scale(q), 2))::text;
  END IF;
  RETURN q::text;
END $$;
--> statement-breakpoint
-- Dec#toFixed(2): half away from zero, and a negative that rounds to zero keeps its sign.
CREATE FUNCTION "switchboard_0020_fixed2"(x numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN x < 0 AND round(x, 2) = 0 THEN '-0.00' ELSE round(x, 2)::text END
$$;
--> statement-breakpoint
WITH "old_runs" AS (
  SELECT "id", "summary" FROM "parallel_runs" WHERE "summary" IS NOT NULL AND NOT ("summary" ? 'currency')
),
"by_currency" AS (
  SELECT "pra"."run_id", coalesce("a"."currency", "li"."currency")::text AS "currency",
    count("pra"."legacy_subtotal") AS "legacy_n", coalesce(sum("pra"."legacy_subtotal"), 0) AS "legacy_sum",
    count("pra"."new_subtotal") AS "new_n", coalesce(sum("pra"."new_subtotal"), 0) AS "new_sum",
    sum("pra"."difference") AS "difference",
    coalesce(sum("pra"."difference") FILTER (WHERE "pra"."difference" > 0), 0) AS "leakage"
  FROM "parallel_run_accounts" "pra"
  LEFT JOIN "accounts" "a" ON "a"."id" = "pra"."account_id"
  LEFT JOIN "legacy_invoices" "li" ON "li"."id" = "pra"."legacy_invoice_id"
  WHERE "pra"."run_id" IN (SELECT "id" FROM "old_runs")
  GROUP BY 1, 2
),
"figures" AS (
  SELECT "run_id", "currency", "legacy_arpu", "new_arpu",
    CASE WHEN "legacy_arpu" IS NOT NULL AND "new_arpu" IS NOT NULL AND "legacy_arpu"::numeric <> 0
      THEN round(round("new_arpu"::numeric, 80) / "legacy_arpu"::numeric, 4)::text END AS "arpu_preservation",
    "switchboard_0020_fixed2"("difference") AS "total_difference",
    "switchboard_0020_fixed2"("leakage") AS "leakage"
  FROM (
    SELECT *, "switchboard_0020_average_text"("legacy_sum", "legacy_n") AS "legacy_arpu",
      "switchboard_0020_average_text"("new_sum", "new_n") AS "new_arpu"
    FROM "by_currency"
  ) "means"
),
"backfilled" AS (
  SELECT "r"."id",
    CASE
      WHEN count("f"."currency") > 1 THEN "r"."summary" || jsonb_build_object(
        'currency', NULL, 'legacyArpu', NULL, 'newArpu', NULL, 'arpuPreservation', NULL,
        'totalDifference', NULL, 'leakage', NULL,
        'byCurrency', jsonb_agg(jsonb_build_object(
          'currency', "f"."currency", 'legacyArpu', "f"."legacy_arpu", 'newArpu', "f"."new_arpu",
          'arpuPreservation', "f"."arpu_preservation", 'totalDifference', "f"."total_difference",
          'leakage', "f"."leakage") ORDER BY "f"."currency"))
      WHEN count("f"."currency") = 1 THEN "r"."summary" || jsonb_build_object(
        'currency', min("f"."currency"),
        'byCurrency', jsonb_build_array(jsonb_build_object(
          'currency', min("f"."currency"), 'legacyArpu', "r"."summary" -> 'legacyArpu',
          'newArpu', "r"."summary" -> 'newArpu', 'arpuPreservation', "r"."summary" -> 'arpuPreservation',
          'totalDifference', "r"."summary" -> 'totalDifference', 'leakage', "r"."summary" -> 'leakage')))
      ELSE "r"."summary" || jsonb_build_object('currency', NULL, 'byCurrency', '[]'::jsonb)
    END AS "summary"
  FROM "old_runs" "r" LEFT JOIN "figures" "f" ON "f"."run_id" = "r"."id"
  GROUP BY "r"."id", "r"."summary"
)
UPDATE "parallel_runs" SET "summary" = "backfilled"."summary"
FROM "backfilled" WHERE "parallel_runs"."id" = "backfilled"."id";
--> statement-breakpoint
DROP FUNCTION "switchboard_0020_fixed2"(numeric);
--> statement-breakpoint
DROP FUNCTION "switchboard_0020_average_text"(numeric, bigint);
--> statement-breakpoint
DROP FUNCTION "switchboard_0020_sig28"(numeric);
