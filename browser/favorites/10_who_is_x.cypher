// Who is X (roles)
// :param name => 'Kim Jong Un'
// Asserted facts only; planned and negated ones: favorite 14.
// Roles X holds (Person -> State/Organization) and, for a State/Organization, who holds roles in it.
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($name) OR x.id = $name
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($name))
OPTIONAL MATCH p = (x)-[r:HOLDS_ROLE]-(other:Entity)
WHERE r.modality = 'asserted'
RETURN x, p, x.name AS name, [l IN labels(x) WHERE l <> 'Entity'] AS kind, x.aliases AS aliases,
       startNode(r).name AS holder, r.title AS title, endNode(r).name AS of, r.dates AS dates
ORDER BY coalesce(r.dates[0], '9999'), holder
