// Who is allied with X
// :param name => 'Russia'
// Asserted facts only; planned and negated ones: favorite 14.
// ALLIED_WITH is symmetric (one relationship per pair): matched in both directions.
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR x.id = $name
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
MATCH p = (x)-[r:ALLIED_WITH]-(ally:Entity)
WHERE r.modality = 'asserted'
RETURN p, ally.name AS ally, r.dates AS dates, r.modality AS modality, r.evidence[0] AS evidence
ORDER BY ally
