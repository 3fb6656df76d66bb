// Who aided X
// :param name => 'Ukraine'
// Asserted facts only; planned and negated ones: favorite 14.
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR x.id = $name
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
MATCH p = (helper:Entity)-[r:AIDED]->(x)
WHERE r.modality = 'asserted'
RETURN p, helper.name AS aided_by, r.dates AS dates, r.modality AS modality, r.evidence[0] AS evidence
ORDER BY coalesce(r.dates[0], '9999'), aided_by
