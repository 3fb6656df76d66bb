// What did X do
// :param name => 'Kim Jong Un'
// Asserted facts only; planned and negated ones: favorite 14.
// Facts where X is the actor; "SANCTIONED" rows come from (target)-[:SANCTIONED_BY]->(X).
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR x.id = $name
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
MATCH p = (x)-[r]-(other:Entity)
WHERE r.modality = 'asserted' AND (
      (startNode(r) = x AND type(r) IN ['VISITED', 'CONDEMNED', 'AIDED', 'ATTACKED', 'PARTICIPATED_IN', 'HOSTED'])
   OR type(r) IN ['MET_WITH', 'ALLIED_WITH']
   OR (endNode(r) = x AND type(r) = 'SANCTIONED_BY'))
RETURN p, CASE type(r) WHEN 'SANCTIONED_BY' THEN 'SANCTIONED' ELSE type(r) END AS action,
       other.name AS other, r.dates AS dates, r.modality AS modality, r.evidence[0] AS evidence
ORDER BY coalesce(r.dates[0], '9999'), action, other
