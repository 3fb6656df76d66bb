// Planned and negated facts about X
// :param name => 'China'
// What X (or others about X) planned, or was reported not to do: the facts the other favorites
// leave out. The `fact` column spells it: "planned MET_WITH", "NOT AIDED".
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR x.id = $name
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
MATCH p = (x)-[r]-(other:Entity)
WHERE r.modality IN ['planned', 'negated']
RETURN p, startNode(r).name AS subject,
       CASE r.modality WHEN 'negated' THEN 'NOT ' + type(r) ELSE 'planned ' + type(r) END AS fact,
       endNode(r).name AS object, r.modality AS modality, r.dates AS dates, r.evidence[0] AS evidence
ORDER BY modality, coalesce(r.dates[0], '9999'), fact, object
