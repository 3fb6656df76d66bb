// Who met X
// :param name => 'Kim Jong Un'
// Asserted facts only; planned and negated ones: favorite 14.
// MET_WITH is symmetric (one relationship per pair): matched in both directions.
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR x.id = $name
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
MATCH p = (x)-[r:MET_WITH]-(other:Entity)
WHERE r.modality = 'asserted'
RETURN p, other.name AS met, r.dates AS dates, r.modality AS modality, r.evidence[0] AS evidence
ORDER BY coalesce(r.dates[0], '9999'), met
