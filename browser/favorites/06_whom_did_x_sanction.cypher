// Whom did X sanction
// :param name => 'United Nations Security Council'
// Asserted facts only; planned and negated ones: favorite 14.
// SANCTIONED_BY points from the target to the sanctioning actor (X).
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR x.id = $name
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
MATCH p = (target:Entity)-[r:SANCTIONED_BY]->(x)
WHERE r.modality = 'asserted'
RETURN p, target.name AS sanctioned, r.dates AS dates, r.modality AS modality, r.evidence[0] AS evidence
ORDER BY coalesce(r.dates[0], '9999'), sanctioned
