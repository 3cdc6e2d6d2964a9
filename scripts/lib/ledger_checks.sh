# Checks shared by the crash and backup tests: that a database holds what was acknowledged and that its
# balances add up. Source it; it needs sqlite3.

# ledger_problems DATABASE ACKNOWLEDGED_CSV: prints one line per problem, nothing when all is well.
# ACKNOWLEDGED_CSV holds `id,balance_after` of every movement answered 201; each must be stored with that
# balance, every balance must equal the sum of its ledger, and every ledger must have a balance row.
ledger_problems() {
  local database=$1 acknowledged=$2 scratch missing unbalanced orphans
  scratch=$(mktemp -u).sqlite
  missing=$(sqlite3 -batch -bail "$scratch" \
    "ATTACH '$database' AS db;" \
    "CREATE TABLE acknowledged (id TEXT, balance_after INTEGER);" \
    ".import --csv $acknowledged acknowledged" \
    "SELECT count(*) FROM acknowledged a LEFT JOIN db.stock_movements m ON m.id = a.id
     WHERE m.id IS NULL OR m.balance_after <> a.balance_after;")
  rm -f "$scratch"
  unbalanced=$(sqlite3 -batch -bail "$database" "SELECT count(*) FROM stock_balances b WHERE b.quantity <>
    (SELECT coalesce(sum(delta), 0) FROM stock_movements m WHERE m.outlet_id = b.outlet_id AND m.commodity = b.commodity);")
  orphans=$(sqlite3 -batch -bail "$database" "SELECT count(*) FROM (SELECT DISTINCT outlet_id, commodity FROM stock_movements) m
    LEFT JOIN stock_balances b USING (outlet_id, commodity) WHERE b.outlet_id IS NULL;")
  [ "$missing" = 0 ] || echo "$missing of $(wc -l <"$acknowledged") acknowledged movements are missing or changed"
  [ "$unbalanced" = 0 ] || echo "$unbalanced balances differ from the sum of their ledger"
  [ "$orphans" = 0 ] || echo "$orphans ledgers have no balance row"
}
