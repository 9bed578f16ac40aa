/**
 * CADRES_SENT and PROFESSIONALS_SENT from the postings (docs/indicators.md): a person counts once
 * per indicator and year, in each year one of their SENT postings (not withdrawn) overlaps, from
 * the first day in post within that year, for the pairing of the posting that starts earliest in
 * that year (ties: the pairing id, so the choice is stable). The posting's span runs from its start
 * to its early end, or its planned end while it has none.
 *
 * One SQL text for the service (one person, `$1`) and the data checks (everyone): what the ledger
 * must hold, +1 per row. No imports: tools/data-checks.ts reads it on a bare connection.
 */
export function talentCountedSql(onePerson: boolean): string {
  return `
    SELECT DISTINCT ON (y.person_id, y.indicator, y.year)
           y.person_id, y.pairing_id, y.indicator, y.first_day AS occurred_on
      FROM (SELECT t.person_id, t.pairing_id,
                   CASE WHEN t.category = 'CADRE' THEN 'CADRES_SENT' ELSE 'PROFESSIONALS_SENT' END AS indicator,
                   g.year, GREATEST(t.starts_on, make_date(g.year, 1, 1)) AS first_day
              FROM talent_posting t
             CROSS JOIN LATERAL generate_series(extract(year FROM t.starts_on)::int,
                                                extract(year FROM COALESCE(t.ended_on, t.planned_end_on))::int) AS g(year)
             WHERE t.direction = 'SENT' AND t.withdrawn_at IS NULL${onePerson ? " AND t.person_id = $1" : ""}) y
     ORDER BY y.person_id, y.indicator, y.year, y.first_day, y.pairing_id`;
}
