#!/usr/bin/env python3
"""Writes SQL for bench/search: N posts of French and English text in topics of 50, spread over the demo
categories, written by the demo members. Deterministic (seeded), so two runs index the same text."""
import random
import sys

FR = ("le collectif prépare une manifestation devant la mairie samedi matin avec des banderoles et des tracts ; "
      "l'assemblée générale a voté la grève reconductible pour défendre l'école publique et les retraites ; "
      "on cherche des bénévoles pour la cantine solidaire du quartier, la cuisine ouvre à midi ; "
      "la vidéo de la réunion est en ligne, merci à l'équipe qui a monté le son et les sous-titres ; "
      "qui peut imprimer les affiches ? la photocopieuse du local est encore en panne depuis jeudi ; "
      "le rendez-vous est fixé à dix-huit heures sur la place, apportez de l'eau et des gilets ; "
      "les locataires de l'immeuble s'organisent contre l'expulsion, une permanence juridique aura lieu mardi ; "
      "nous avons besoin de volontaires pour tenir le stand au marché et distribuer le journal du syndicat ; "
      "la préfecture a interdit le rassemblement mais le recours est déposé au tribunal administratif ; "
      "merci pour le compte rendu, je propose d'ajouter un point sur la caisse de solidarité à l'ordre du jour").split(" ; ")
EN = ("the tenants union is organising a rent strike and needs volunteers to knock on doors this weekend ; "
      "we are holding a community kitchen every sunday, bring vegetables and your own container ; "
      "the video of yesterday's march is online, thanks to everyone who filmed and edited it ; "
      "who can print the leaflets? the copier at the office broke down again on thursday ; "
      "the meeting starts at six on the square, bring water, banners and a warm jacket ; "
      "the city council postponed the vote, so we will rally again in front of the town hall ; "
      "our legal team is answering questions about evictions every tuesday evening ; "
      "please share the petition with your neighbours and colleagues before friday ; "
      "the striking workers' solidarity fund reached its goal, thank you all for the donations ; "
      "minutes of the general assembly are attached, add your comments before the next meeting").split(" ; ")
TITLES_FR = ["Manifestation de samedi", "Grève des écoles", "Cantine solidaire", "Affiches et tracts", "Assemblée générale",
             "Expulsions et logement", "Caisse de solidarité", "Rassemblement à la mairie"]
TITLES_EN = ["Rent strike", "Community kitchen", "Leaflets and posters", "General assembly", "Evictions help desk",
             "Town hall rally", "Solidarity fund", "Petition drive"]


def sql(text):
    return "'" + text.replace("'", "''") + "'"


def main():
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    per_topic = 50
    rng = random.Random(42)
    out = sys.stdout
    topic_id = 1_000_000
    post_id = 1_000_000
    topics = (total + per_topic - 1) // per_topic
    members = ["demo-heron", "demo-hibou", "demo-castor", "demo-loutre", "demo-renard", "demo-otter"]
    # H2 session variables: each id is looked up once, not once per row.
    for i, member in enumerate(members):
        out.write(f"SET @a{i} = (SELECT id FROM accounts WHERE username = {sql(member)});\n")
    for i in range(2):
        out.write(f"SET @c{i} = (SELECT id FROM categories ORDER BY id LIMIT 1 OFFSET {i});\n")
    for t in range(topics):
        french = rng.random() < 0.6
        title = rng.choice(TITLES_FR if french else TITLES_EN) + " " + str(t)
        day = "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00' + INTERVAL '{}' MINUTE"
        out.write(
            "INSERT INTO topics (id, category_id, title, slug, author_id, created_at, last_posted_at, post_count, highest_number)"
            f" VALUES ({topic_id}, @c{t % 2}, {sql(title)}, 'bench-{t}', @a{t % 6},"
            f" {day.format(t * 60)}, {day.format(t * 60 + per_topic)}, {per_topic}, {per_topic});\n")
        rows = []
        for n in range(1, per_topic + 1):
            if post_id - 1_000_000 >= total:
                break
            bank = FR if french else EN
            raw = " ".join(rng.choice(bank).capitalize() + "." for _ in range(rng.randint(2, 6)))
            if rng.random() < 0.3:
                raw = "**" + raw + "**\n\n- " + rng.choice(bank)
            rows.append(
                f"({post_id}, {topic_id}, {n}, @a{(t + n) % 6}, {sql(raw)}, {sql('<p>' + raw + '</p>')}, 3,"
                f" {day.format(t * 60 + n)})")
            post_id += 1
        if rows:
            out.write("INSERT INTO posts (id, topic_id, number, author_id, raw, cooked, cooked_version, created_at) VALUES\n"
                      + ",\n".join(rows) + ";\n")
        topic_id += 1


main()
