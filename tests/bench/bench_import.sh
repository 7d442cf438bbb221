#!/usr/bin/env bash
# Import benchmark: 30,000 connections, 200,000 messages, 5,000 invitations through `rapport-cli import`,
# beside SQLite's own `sqlite3 .import` of the same Connections.csv into a table with an FTS5 index.
# Targets: connections <= 2x the sqlite3 baseline, messages < 5 s, peak RSS < 200 MB.
# Usage: tests/bench/bench_import.sh PATH/TO/rapport-cli   (registered with ctest -L bench)
set -euo pipefail
CLI=${1:?usage: bench_import.sh rapport-cli}
TIME=/usr/bin/time
command -v sqlite3 >/dev/null || { echo "sqlite3 not found: skipping"; exit 0; }
[ -x "$TIME" ] || { echo "/usr/bin/time not found: skipping"; exit 0; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/export"

python3 - "$WORK/export" <<'PY'
import csv, random, sys, datetime, os
out = sys.argv[1]
rnd = random.Random(42)
first = ["Jana", "Ľubomír", "Jürgen", "伟", "ليلى", "Marek", "Sophie", "Tomás", "Anna", "Hana", "Peter", "Émilie", "Kenji", "Eva", "Oliver"]
last = ["Kováčová", "Šťastný", "Groß", "王", "حداد", "Horváth", "Lambert, PhD", "Reyes 🚀", "Novak", "Dvořáková", "Baláž", "Dubois", "Sato", "Lindqvist", "Brandt"]
companies = ["Nordlicht Analytics, s.r.o.", "Tatra Softworks a.s.", "Rheinwerk Logistik GmbH", "Acme Robotics", "Brandt & Söhne KG", "深圳星河科技有限公司"]
positions = ["Senior Recruiter", "Head of Talent, EMEA", "DevOps Engineer", "CTO", "Talent Partner \"Tech\"", "高级软件工程师"]
months = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
N = 30000
people = []
with open(os.path.join(out, "Connections.csv"), "w", newline="", encoding="utf-8") as f:
    f.write('Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n')
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["First Name","Last Name","URL","Email Address","Company","Position","Connected On"])
    for i in range(N):
        fn, ln = rnd.choice(first), rnd.choice(last)
        slug = f"{fn}-{ln.split(',')[0]}-{i:05x}".lower().replace(" ", "-")
        url = "https://www.linkedin.com/in/" + slug.encode("utf-8").decode("ascii", "ignore") + f"-{i}"
        email = f"p{i}@example.com" if i % 20 == 0 else ""
        d = datetime.date(2012,1,1) + datetime.timedelta(days=rnd.randrange(4900))
        w.writerow([fn, ln, url, email, rnd.choice(companies), rnd.choice(positions), f"{d.day:02d} {months[d.month-1]} {d.year}"])
        people.append((f"{fn} {ln}", url))
owner = ("Katarína Mrázová", "https://www.linkedin.com/in/katarina-mrazova-4c21d8")
with open(os.path.join(out, "Profile.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["First Name","Last Name","Maiden Name","Address","Birth Date","Headline","Summary","Industry","Zip Code","Geo Location","Twitter Handles","Websites","Instant Messengers"])
    w.writerow(["Katarína","Mrázová","","","Mar 14","Tech Recruiter","","Staffing","","","","",""])
M = 200000
with open(os.path.join(out, "messages.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS","IS MESSAGE DRAFT"])
    written = 0
    t = 0
    while written < M:
        other = people[rnd.randrange(N)]
        n = min(rnd.randint(2, 40), M - written)
        cid = f"2-{t:012d}ZmFrZQ=="
        ts = datetime.datetime(2019,1,1) + datetime.timedelta(seconds=rnd.randrange(200_000_000))
        rows = []
        for k in range(n):
            ts += datetime.timedelta(minutes=rnd.choice([3, 60, 600, 3000, 40000]))
            mine = rnd.random() < 0.5
            a, b = (owner, other) if mine else (other, owner)
            content = rnd.choice(["Thanks, talk soon!", "Hi, are you still hiring for the data role? We have 3 open roles &amp; budget.", "Ďakujem za správu!  Pošlem CV zajtra.", "好的，我周一前把候选人名单发给大家。", "Quick recap, as promised: role = \"Staff Engineer\"; location = Vienna, Austria (hybrid); salary band 85,000–95,000 EUR."])
            rows.append([cid, "", a[0], a[1], b[0], b[1], ts.strftime("%Y-%m-%d %H:%M:%S UTC"), "", content, "INBOX", "", "No"])
        for r in reversed(rows):
            w.writerow(r)
        written += n
        t += 1
with open(os.path.join(out, "Invitations.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["From","To","Sent At","Message","Direction","inviterProfileUrl","inviteeProfileUrl"])
    for i in range(5000):
        p = people[rnd.randrange(N)] if i % 3 else (f"Stranger {i}", f"https://www.linkedin.com/in/stranger-{i}")
        d = datetime.datetime(2020,1,1) + datetime.timedelta(minutes=rnd.randrange(3_000_000))
        h = d.hour % 12 or 12
        sent = f"{d.month}/{d.day}/{d.year % 100:02d}, {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
        if i % 2:
            w.writerow([p[0], owner[0], sent, "", "INCOMING", p[1], owner[1]])
        else:
            w.writerow([owner[0], p[0], sent, "Hi, let's connect", "OUTGOING", owner[1], p[1]])
PY

measure() { # label, then command; prints "wall_seconds rss_mb cpu_seconds"
    local label=$1; shift
    "$TIME" -v "$@" > "$WORK/$label.out" 2> "$WORK/$label.time" || { cat "$WORK/$label.out" "$WORK/$label.time"; exit 1; }
    local secs rss
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$WORK/$label.time")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$WORK/$label.time")
    cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$WORK/$label.time")
    echo "$secs $rss $cpu"
}

# Baseline: sqlite3 .import into a plain table with an FTS5 index kept by a trigger, as contacts has.
cat > "$WORK/baseline.sql" <<SQL
PRAGMA journal_mode=WAL;
CREATE TABLE connections(first_name TEXT, last_name TEXT, url TEXT, email TEXT, company TEXT, position TEXT, connected_on TEXT);
CREATE VIRTUAL TABLE connections_fts USING fts5(first_name, last_name, company, position, content='connections', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER connections_ai AFTER INSERT ON connections BEGIN
  INSERT INTO connections_fts(rowid, first_name, last_name, company, position) VALUES (new.rowid, new.first_name, new.last_name, new.company, new.position);
END;
BEGIN;
.import --csv --skip 4 $WORK/export/Connections.csv connections
COMMIT;
SQL
read -r base_s base_rss base_cpu < <(measure baseline sqlite3 "$WORK/baseline.db" ".read $WORK/baseline.sql")
base_rows=$(sqlite3 "$WORK/baseline.db" "SELECT count(*) FROM connections")

mkdir -p "$WORK/only-connections" "$WORK/only-messages"
cp "$WORK/export/Connections.csv" "$WORK/only-connections/"
cp "$WORK/export/messages.csv" "$WORK/export/Profile.csv" "$WORK/only-messages/"
read -r conn_s conn_rss conn_cpu < <(measure connections "$CLI" --db "$WORK/rapport.sqlite" import "$WORK/only-connections")
read -r msg_s msg_rss msg_cpu < <(measure messages "$CLI" --db "$WORK/rapport.sqlite" import "$WORK/only-messages")
read -r all_s all_rss all_cpu < <(measure all "$CLI" --db "$WORK/rapport-all.sqlite" import "$WORK/export")
contacts=$(sqlite3 "$WORK/rapport-all.sqlite" "SELECT count(*) FROM contacts")
messages=$(sqlite3 "$WORK/rapport-all.sqlite" "SELECT count(*) FROM messages")
conversations=$(sqlite3 "$WORK/rapport-all.sqlite" "SELECT count(*) FROM conversations")
invitations=$(sqlite3 "$WORK/rapport-all.sqlite" "SELECT count(*) FROM invitations")
ratio=$(awk -v a="$conn_s" -v b="$base_s" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
# CPU time is the fairer ratio on a busy machine; wall time is what the user waits.
cpu_ratio=$(awk -v a="$conn_cpu" -v b="$base_cpu" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')

echo "sqlite3 .import baseline : ${base_s} s wall, ${base_cpu} s CPU, ${base_rss} MB RSS, ${base_rows} rows"
echo "connections (30,000)     : ${conn_s} s wall, ${conn_cpu} s CPU, ${conn_rss} MB RSS -> ${ratio}x baseline wall, ${cpu_ratio}x CPU (target <= 2x)"
echo "messages (200,000)       : ${msg_s} s wall, ${msg_cpu} s CPU, ${msg_rss} MB RSS (target < 5 s)"
echo "whole export             : ${all_s} s wall, ${all_cpu} s CPU, ${all_rss} MB peak RSS (target < 200 MB)"
echo "   contacts ${contacts}, messages ${messages}, conversations ${conversations}, invitations ${invitations}"

fail=0
awk -v r="$ratio" 'BEGIN { exit !(r > 2.0) }' && { echo "FAIL: connections slower than 2x baseline"; fail=1; }
awk -v s="$msg_s" 'BEGIN { exit !(s >= 5.0) }' && { echo "FAIL: messages took 5 s or more"; fail=1; }
awk -v m="$all_rss" 'BEGIN { exit !(m >= 200.0) }' && { echo "FAIL: peak RSS 200 MB or more"; fail=1; }
exit $fail
