// Who visited X (including its cities and places)
// :param name => 'North Korea'
// Asserted facts only; planned and negated ones: favorite 14.
// Visits to X itself and to any City/Place LOCATED_IN X.
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR x.id = $name
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
MATCH p = (visitor:Entity)-[r:VISITED]->(destination:Entity)-[:LOCATED_IN*0..2]->(x)
WHERE r.modality = 'asserted'
RETURN p, visitor.name AS visitor, destination.name AS destination, r.dates AS dates,
       r.modality AS modality, r.confidence AS confidence, r.evidence[0] AS evidence
ORDER BY coalesce(r.dates[0], '9999'), visitor
