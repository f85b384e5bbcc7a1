package org.palabre.demo.control;

import java.util.List;

/**
 * The words of the demo forum, written for Palabre: a French campaign launch, a meeting call, an English topic.
 * Its members are animals marked "démo", never first names: a real member must be able to join under their
 * own name while the demo is there, and nobody should take a demo member for a person.
 */
final class DemoTexts {

    /** {username, display name, bio}. */
    static final String[][] MEMBERS = {
        {"demo-heron", "Héron (démo)", "Compte de démonstration. Coordonne la campagne, juriste de formation."},
        {
            "demo-hibou",
            "Hibou (démo)",
            "Compte de démonstration. Lit les appels d’offres pour que vous n’ayez pas à le faire."
        },
        {"demo-castor", "Castor (démo)", "Compte de démonstration. Association de quartier."},
        {"demo-loutre", "Loutre (démo)", "Compte de démonstration. Cartographie les caméras de son arrondissement."},
        {"demo-renard", "Renard (démo)", "Compte de démonstration. Intéressé par les archives municipales."},
        {"demo-otter", "Otter (demo)", "Demo account. Digital rights volunteer in Brussels."},
    };

    static final String LAUNCH_TITLE = "Lancement de la campagne : non à la VSA dans la métropole";

    static final List<String[]> LAUNCH = List.of(
            new String[] {"demo-heron", "", """
            Bonjour à toutes et à tous,

            La délibération sur l’« expérimentation » de la vidéosurveillance algorithmique (VSA) passe au conseil
            métropolitain **le 12 décembre**. Nous lançons la campagne aujourd’hui. Trois axes :

            1. **Informer** : une page claire sur ce que la VSA détecte vraiment (et ce qu’elle rate) ;
            2. **Documenter** : la carte des caméras déjà installées, rue par rue ;
            3. **Interpeller** : chaque élu·e reçoit un courrier, puis une demande de rendez-vous.

            @demo-hibou a accepté de suivre les marchés publics, @demo-loutre coordonne la cartographie.
            Le texte de la délibération est ici : https://www.legifrance.gouv.fr/

            Dites-nous où vous voulez aider !
            """},
            new String[] {"demo-hibou", "1", """
            Je m’occupe des marchés. Premier constat : le cahier des clauses techniques parle de
            « détection d’événements anormaux » sans jamais définir *anormal*. C’est le cœur du problème.

            Je mets les documents au fur et à mesure dans le dossier partagé.
            """},
            new String[] {"demo-castor", "1", """
            Partant pour les courriers aux élu·es. Dans le quartier, on peut aussi tenir une table au marché du samedi :
            - tracts (il en faut ~300)
            - une carte imprimée du quartier
            - une pétition papier pour celles et ceux qui n’ont pas internet
            """},
            new String[] {"demo-loutre", "1", """
            La carte avance : **214 caméras** relevées pour l’instant, dont 37 « intelligentes » d’après les
            panneaux. Il manque le 7e et le 8e arrondissement.

            | Arrondissement | Caméras | Relevé par |
            |---|---:|---|
            | 1er | 41 | Loutre |
            | 3e | 88 | Renard |
            | 9e | 85 | Loutre |

            @demo-renard tu peux prendre le 7e ?
            """},
            new String[] {"demo-renard", "4", """
            Oui pour le 7e, ce week-end. Est-ce qu’on note aussi les caméras privées qui filment la rue ?
            Juridiquement ce n’est pas pareil, mais pour les habitant·es, si.
            """},
            new String[] {"demo-heron", "5", """
            > Est-ce qu’on note aussi les caméras privées qui filment la rue ?

            Oui, avec une couleur différente sur la carte. @demo-loutre, tu peux ajouter une colonne « privée / publique » ?
            """},
            new String[] {
                "demo-loutre",
                "6",
                "C’est fait. Légende : ~~rouge~~ orange pour le privé, c’est plus lisible en noir et blanc."
            },
            new String[] {"demo-hibou", "2", """
            Mise à jour marchés : le prestataire pressenti propose un « module de comptage de foule ».
            Or la loi de 2023 n’autorise que 8 cas d’usage, et le comptage n’en fait pas partie au-delà des JO.
            Je rédige une note d’une page, relecture bienvenue :

            - [ ] résumé en 5 lignes
            - [x] liste des cas d’usage autorisés
            - [ ] ce que le marché demande en plus
            """},
            new String[] {
                "demo-castor",
                "8",
                "Je relis ce soir. Pense à une version sans jargon pour le tract, on en aura besoin au marché."
            },
            new String[] {"demo-renard", "", """
            Petite remarque de méthode : gardons des photos **sans visages** pour la carte.
            On ne va pas faire nous-mêmes ce qu’on reproche à la métropole.
            """},
            new String[] {"demo-heron", "10", "Entièrement d’accord. Je l’ajoute au guide du relevé."},
            new String[] {"demo-heron", "", """
            **Réunion de préparation : jeudi 28 novembre, 19 h, Maison des associations, salle 2.**

            Ordre du jour :
            1. point carte (@demo-loutre, @demo-renard)
            2. note sur les marchés (@demo-hibou)
            3. répartition des courriers aux élu·es (@demo-castor)

            Pour celles et ceux à distance, le lien sera envoyé par courriel la veille. Répondez ici si vous venez !
            """},
            new String[] {"demo-castor", "12", "Présent, et j’amène les tracts imprimés."},
            new String[] {"demo-loutre", "12", "Je serai là avec la carte sur grand écran."});

    static final String MEETING_TITLE = "Compte rendu : réunion publique du 14 novembre";

    static final List<String[]> MEETING = List.of(
            new String[] {"demo-renard", "", """
            Une soixantaine de personnes, beaucoup de questions sur les données : **combien de temps les images
            sont-elles gardées ?** La réponse officielle est « 30 jours », mais rien sur les métadonnées produites
            par les algorithmes.

            Prochaine étape : une demande d’accès aux documents administratifs (CADA). Modèle bienvenu.
            """},
            new String[] {"demo-hibou", "1", "J’ai un modèle de demande CADA, je le poste dans la soirée."});

    static final String ENGLISH_TITLE = "Sharing notes with the Brussels coalition";

    static final List<String[]> ENGLISH =
            List.of(new String[] {"demo-otter", "", """
            Hello from Brussels! Our city council voted down a similar "smart camera" pilot last spring.
            What worked for us:

            - publishing the vendor's own brochure next to the council's claims;
            - asking each councillor one precise question in writing;
            - a public map of cameras (like @demo-loutre is building).

            Happy to join a call in December.
            """}, new String[] {"demo-heron", "1", """
            Thank you Otter, this is very useful. Could you share the written questions you sent?
            We would translate them for our own letters.
            """});

    private DemoTexts() {}
}
