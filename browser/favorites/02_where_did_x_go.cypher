// Where did X go
// :param name => 'Kim Jong Un'
// Asserted facts only; planned and negated ones: favorite 14.
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR x.id = $name
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
MATCH p = (x)-[r:VISITED]->(destination:Entity)
WHERE r.modality = 'asserted'
OPTIONAL MATCH (destination)-[:LOCATED_IN]->(state:State)
RETURN p, destination.name AS destination, state.name AS in_state, r.dates AS dates,
       r.modality AS modality, r.evidence[0] AS evidence
ORDER BY coalesce(r.dates[0], '9999'), destination
