// Who sanctioned X
// :param name => 'North Korea'
// Asserted facts only; planned and negated ones: favorite 14.
// SANCTIONED_BY points from the target to the sanctioning actor.
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR x.id = $name
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
MATCH p = (x)-[r:SANCTIONED_BY]->(actor:Entity)
WHERE r.modality = 'asserted'
RETURN p, actor.name AS sanctioned_by, r.dates AS dates, r.modality AS modality, r.evidence[0] AS evidence
ORDER BY coalesce(r.dates[0], '9999'), sanctioned_by
