// Timeline of X
// :param name => 'Kim Jong Un'
// Asserted facts only; planned and negated ones: favorite 14.
// Every fact touching X, one row per date (undated facts last).
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR x.id = $name
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
MATCH p = (x)-[r:VISITED|MET_WITH|ALLIED_WITH|SANCTIONED_BY|CONDEMNED|AIDED|ATTACKED|HOLDS_ROLE|PARTICIPATED_IN|HOSTED]-(:Entity)
WHERE r.modality = 'asserted'
UNWIND CASE WHEN size(coalesce(r.dates, [])) = 0 THEN [null] ELSE r.dates END AS date
RETURN p, date, startNode(r).name AS subject, type(r) AS relation, endNode(r).name AS object,
       r.modality AS modality, r.evidence[0] AS evidence
ORDER BY date IS NULL, date, relation
