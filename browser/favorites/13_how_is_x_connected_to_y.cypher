// How is X connected to Y
// :param name => 'Kim Jong Un'
// :param other => 'Vladimir Putin'
// Shortest path over asserted facts (any direction, at most 8 hops; MENTIONS is not a fact):
// "China did not arm Russia" connects nothing. Planned and negated facts: favorite 14.
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR x.id = $name
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
MATCH (y:Entity)
WHERE (toLower(y.name) = toLower($other) OR y.id = $other
   OR any(a IN coalesce(y.aliases, []) WHERE toLower(a) = toLower($other))) AND y <> x
MATCH p = shortestPath((x)-[:VISITED|MET_WITH|ALLIED_WITH|SANCTIONED_BY|CONDEMNED|AIDED|ATTACKED|HOLDS_ROLE|PARTICIPATED_IN|HOSTED|LOCATED_IN*..8]-(y))
WHERE all(r IN relationships(p) WHERE r.modality = 'asserted')
RETURN p, [n IN nodes(p) | n.name] AS via, [r IN relationships(p) | type(r)] AS relations, length(p) AS hops
ORDER BY hops
LIMIT 5
