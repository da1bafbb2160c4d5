"""Word lists for the demo data: what a Paris industry fair's registrations really look like.

Names keep their accents, hyphens, apostrophes and particles (Lefèvre and Lefebvre, Le Goff, D'Almeida,
de La Fontaine, Nguyễn) so that a demo exercises search, sorting, badges and PDFs the way real rosters do.
Schools are in the départements that send classes to a Paris fair; postcodes are real, people are not.
"""

from __future__ import annotations

# Frequent French surnames: the demo draws them twice as often, as real class lists show them.
COMMON_LAST_NAMES = (
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
    "Simon", "Michel", "Lefebvre", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier",
    "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "André",
    "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
    "Nguyen", "Da Silva", "Diallo", "Traoré", "Haddad", "Benali",
)

LAST_NAMES = (
    # France, with accents and particles
    "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Masson", "Marchand",
    "Duval", "Denis", "Dumont", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud",
    "Joly", "Rivière", "Brunet", "Gaillard", "Barbier", "Arnaud", "Gérard", "Roche", "Renard", "Schmitt",
    "Leroux", "Colin", "Vidal", "Caron", "Picard", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix",
    "Olivier", "Bourgeois", "Benoît", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte",
    "Hubert", "Berger", "Carpentier", "Dupuis", "Moulin", "Deschamps", "Huet", "Vasseur", "Boucher", "Fleury",
    "Royer", "Klein", "Jacquet", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Renault", "Charpentier",
    "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Collet", "Léger", "Bouvier",
    "Prévost", "Millet", "Perrot", "Cousin", "Germain", "Breton", "Besson", "Langlois", "Rémy", "Pelletier",
    "Lévêque", "Perrier", "Leblanc", "Barré", "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger",
    "Jacob", "Monnier", "Michaud", "Guichard", "Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chauvin",
    "Bouchet", "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud", "Hoarau", "Perret", "Barthélemy",
    "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay", "Pasquier", "Carlier", "Laporte", "Hébert",
    "Delattre", "Vandenberghe", "Wagner", "Hoffmann", "Fischer", "Quéré", "Tanguy", "Kerbrat", "Le Hénaff",
    "Le Goff", "Le Gall", "Le Roux", "Le Bihan", "Le Guen", "Le Floch", "Le Corre", "Le Meur", "Le Berre",
    "de La Fontaine", "de Villiers", "du Mesnil", "de Saint-Just", "Saint-Martin", "Dubois-Lefèvre",
    "Martin-Durand", "Bernard-Lefort", "Petit-Jean", "Jean-Baptiste", "Pierre-Louis", "Saint-Louis",
    "Philogène", "Désiré", "Théophile", "Lubin", "Nestoret", "Grand-Pierre", "Châtelain", "Bréhier", "Jouët",
    # Portugal, Spain, Italy
    "Dos Santos", "Pereira", "Ferreira", "Gonçalves", "Rodrigues", "Fernandes", "Lopes", "Ribeiro",
    "Carvalho", "Teixeira", "de Oliveira", "de Sousa", "Martínez", "García", "Fernández", "López", "Sánchez",
    "Pérez", "Gómez", "Jiménez", "Muñoz", "Rossi", "Russo", "Esposito", "Bianchi", "Romano", "Ricci",
    "D'Amico", "D'Angelo", "Dell'Aquila",
    # Maghreb, Middle East, Turkey
    "Ben Amor", "Belkacem", "Bouaziz", "Mansouri", "Cherif", "Rahmani", "Khelifi", "Amrani", "Hamidi",
    "Aït-Ali", "Saïdi", "Ziani", "Meziane", "Brahimi", "Slimani", "Messaoudi", "Bouzid", "El Amrani",
    "El Idrissi", "Ben Salah", "Ben Youssef", "Hadj-Ahmed", "Khoury", "Haddad-Rahal", "Öztürk", "Yılmaz",
    "Demir", "Kaya",
    # West and Central Africa, Indian Ocean
    "Diop", "N'Diaye", "Ndiaye", "Camara", "Cissé", "Koné", "Touré", "Sow", "Fofana", "Keïta", "Sissoko",
    "Coulibaly", "Konaté", "Bamba", "Kanté", "Doumbia", "Sylla", "Mendy", "Gomis", "Sarr", "Mbaye", "Niang",
    "N'Guessan", "Kouassi", "Mbemba", "Nkounkou", "Makosso", "Rakotomalala", "Randriamanana",
    # Asia, Eastern Europe, elsewhere
    "Nguyễn", "Tran", "Pham", "Huynh", "Vo", "Dang", "Chen", "Wang", "Zhang", "Lin", "Huang", "Zhou",
    "Sivakumar", "Tharmalingam", "Kowalski", "Nowak", "Wiśniewski", "Popescu", "Ivanov", "D'Almeida",
    "D'Souza", "L'Huillier", "L'Hermitte", "D'Arcy",
)

# First names of pupils born 2011–2014 (aged 12–15 at the fair), girls and boys mixed.
PUPIL_FIRST_NAMES = (
    "Emma", "Jade", "Louise", "Alice", "Chloé", "Lina", "Léa", "Rose", "Anna", "Mila", "Inès", "Ambre", "Julia",
    "Mia", "Léna", "Manon", "Juliette", "Lou", "Zoé", "Camille", "Agathe", "Jeanne", "Lucie", "Éva", "Nina",
    "Sarah", "Romane", "Louna", "Clara", "Maëlys", "Lana", "Charlotte", "Léonie", "Margaux", "Adèle", "Lola",
    "Capucine", "Iris", "Salomé", "Élise", "Anaïs", "Mathilde", "Yasmine", "Aïcha", "Maryam", "Lily",
    "Héloïse", "Apolline", "Clémence", "Océane", "Noémie", "Maëlle", "Marie-Lou", "Lou-Anne", "Fatoumata",
    "Kadiatou", "Assia", "Nour", "Sofia", "Elif", "Thaïs", "Victoire", "Albane", "Ophélie", "Célia", "Wassila",
    "Gabriel", "Louis", "Raphaël", "Jules", "Adam", "Lucas", "Léo", "Hugo", "Arthur", "Nathan", "Liam",
    "Ethan", "Paul", "Maël", "Tom", "Noah", "Sacha", "Mohamed", "Timéo", "Théo", "Mathis", "Nolan", "Enzo",
    "Aaron", "Axel", "Mathéo", "Noé", "Clément", "Antoine", "Baptiste", "Maxime", "Alexandre", "Victor",
    "Valentin", "Évan", "Eliott", "Gabin", "Rayan", "Yanis", "Ayoub", "Ilyès", "Amir", "Ibrahim", "Kylian",
    "Lenny", "Robin", "Samuel", "Bastien", "Killian", "Titouan", "Esteban", "Malo", "Thibault", "Mamadou",
    "Moussa", "Issa", "Anis", "Bilal", "Youssef", "Jean-Baptiste", "Pierre-Louis", "Côme", "Loïs", "Jérémie",
    "Kenzo", "Tiago", "Diego", "Minh", "Kevin", "Eitan", "Néo", "Gaspard", "Aurélien", "Joachim",
)

# First names of teachers, companions and adult visitors, by title: teachers are named "Mme …" or "M. …".
ADULT_FIRST_NAMES_F = (
    "Nathalie", "Isabelle", "Sandrine", "Stéphanie", "Céline", "Valérie", "Sophie", "Véronique", "Christine",
    "Hélène", "Gaëlle", "Aurélie", "Émilie", "Julie", "Élodie", "Laëtitia", "Anne-Sophie", "Marie-Claire",
    "Marie-Hélène", "Séverine", "Karine", "Delphine", "Cécile", "Virginie", "Claire", "Florence", "Agnès",
    "Béatrice", "Frédérique", "Nadia", "Samia", "Fatima", "Leïla", "Souad", "Amélie", "Mélanie", "Pauline",
    "Laure", "Géraldine", "Coralie", "Marion", "Anne-Laure", "Marie-Pierre", "Sylvie", "Patricia", "Ngoc Anh",
    "Awa", "Rokia", "Ana", "Carmen", "Magali", "Ségolène", "Bérénice", "Maud", "Noëlle",
)
ADULT_FIRST_NAMES_M = (
    "Jérôme", "François", "Loïc", "Stéphane", "Christophe", "Sébastien", "Frédéric", "Nicolas", "Laurent",
    "Olivier", "Thierry", "Éric", "Philippe", "Patrick", "Pascal", "Benoît", "Grégory", "Jean-Baptiste",
    "Jean-Marc", "Jean-François", "Pierre-Yves", "Hervé", "Yannick", "Rémi", "Mickaël", "Cédric", "Fabien",
    "Guillaume", "Julien", "Mathieu", "Vincent", "Damien", "Arnaud", "Karim", "Mehdi", "Rachid", "Samir",
    "Mamadou", "Thomas", "Alexandre", "Gaël", "Jérémy", "Yoann", "Aurélien", "Bruno", "Didier", "Gilles",
    "Joël", "Hocine", "Abdoulaye", "João", "Thanh", "Dominique", "Régis", "Anthony", "Marc-Antoine",
)

COLLEGE_NAMES = (
    "Collège Jean-Moulin", "Collège Victor-Hugo", "Collège Marie-Curie", "Collège Jules-Ferry",
    "Collège Louise-Michel", "Collège Pierre-et-Marie-Curie", "Collège Saint-Exupéry",
    "Collège Françoise-Dolto", "Collège Simone-Veil", "Collège Aimé-Césaire", "Collège de l'Europe",
    "Collège Voltaire", "Collège Condorcet", "Collège Jean-Jaurès", "Collège Paul-Éluard",
    "Collège Pablo-Picasso", "Collège Romain-Rolland", "Collège Jacques-Prévert", "Collège Albert-Camus",
    "Collège Anatole-France", "Collège Georges-Brassens", "Collège Henri-Wallon", "Collège Gustave-Eiffel",
    "Collège Jean-Zay", "Collège Louis-Pasteur", "Collège Paul-Langevin", "Collège Joliot-Curie",
    "Collège Évariste-Galois", "Collège Elsa-Triolet", "Collège Olympe-de-Gouges", "Collège Camille-Claudel",
    "Collège Rosa-Parks", "Collège Nelson-Mandela", "Collège Jean-de-La-Fontaine", "Collège Les Tilleuls",
    "Collège du Parc", "Collège André-Malraux", "Collège Lucie-Aubrac", "Collège Germaine-Tillion",
    "Collège Léonard-de-Vinci", "Collège Claude-Debussy", "Collège Marcel-Pagnol", "Collège Gérard-Philipe",
    "Collège Honoré-de-Balzac", "Collège Émile-Zola", "Collège Molière", "Collège Jean-Monnet",
    "Collège Robert-Doisneau", "Collège Paul-Vaillant-Couturier", "Collège Jean-Vilar",
    "Collège Irène-Joliot-Curie", "Collège Alexandre-Dumas", "Collège Blaise-Pascal", "Collège René-Descartes",
    "Collège Jacques-Monod", "Collège Youri-Gagarine", "Collège du Vieux-Moulin", "Collège La Source",
    "Collège Sainte-Marie", "Collège Notre-Dame", "Collège Saint-Joseph", "Collège Jeanne-d'Arc",
    "Collège Sophie-Germain", "Collège Marie-Marvingt", "Collège Ader", "Collège Hélène-Boucher",
)

# (city, postcode): Paris and its suburbs first, then the départements whose classes come by coach.
CITIES = (
    ("Paris", "75011"), ("Paris", "75012"), ("Paris", "75013"), ("Paris", "75014"), ("Paris", "75015"),
    ("Paris", "75017"), ("Paris", "75018"), ("Paris", "75019"), ("Paris", "75020"), ("Paris", "75010"),
    ("Nanterre", "92000"), ("Boulogne-Billancourt", "92100"), ("Colombes", "92700"), ("Courbevoie", "92400"),
    ("Antony", "92160"), ("Clamart", "92140"), ("Gennevilliers", "92230"), ("Issy-les-Moulineaux", "92130"),
    ("Montrouge", "92120"), ("Rueil-Malmaison", "92500"), ("Asnières-sur-Seine", "92600"),
    ("Levallois-Perret", "92300"), ("Clichy", "92110"), ("Malakoff", "92240"), ("Châtillon", "92320"),
    ("Saint-Denis", "93200"), ("Montreuil", "93100"), ("Aubervilliers", "93300"), ("Bobigny", "93000"),
    ("Pantin", "93500"), ("Bondy", "93140"), ("Aulnay-sous-Bois", "93600"), ("Drancy", "93700"),
    ("Noisy-le-Grand", "93160"), ("Saint-Ouen-sur-Seine", "93400"), ("Épinay-sur-Seine", "93800"),
    ("Rosny-sous-Bois", "93110"), ("La Courneuve", "93120"), ("Bagnolet", "93170"),
    ("Créteil", "94000"), ("Vitry-sur-Seine", "94400"), ("Champigny-sur-Marne", "94500"),
    ("Saint-Maur-des-Fossés", "94100"), ("Ivry-sur-Seine", "94200"), ("Maisons-Alfort", "94700"),
    ("Villejuif", "94800"), ("Vincennes", "94300"), ("Fontenay-sous-Bois", "94120"), ("Cachan", "94230"),
    ("L'Haÿ-les-Roses", "94240"), ("Choisy-le-Roi", "94600"),
    ("Meaux", "77100"), ("Melun", "77000"), ("Chelles", "77500"), ("Pontault-Combault", "77340"),
    ("Savigny-le-Temple", "77176"), ("Bussy-Saint-Georges", "77600"), ("Fontainebleau", "77300"),
    ("Torcy", "77200"), ("Provins", "77160"),
    ("Versailles", "78000"), ("Saint-Germain-en-Laye", "78100"), ("Mantes-la-Jolie", "78200"),
    ("Poissy", "78300"), ("Sartrouville", "78500"), ("Trappes", "78190"), ("Rambouillet", "78120"),
    ("Les Mureaux", "78130"), ("Élancourt", "78990"), ("Conflans-Sainte-Honorine", "78700"),
    ("Évry-Courcouronnes", "91000"), ("Corbeil-Essonnes", "91100"), ("Massy", "91300"),
    ("Palaiseau", "91120"), ("Sainte-Geneviève-des-Bois", "91700"), ("Étampes", "91150"), ("Orsay", "91400"),
    ("Athis-Mons", "91200"), ("Brétigny-sur-Orge", "91220"),
    ("Argenteuil", "95100"), ("Cergy", "95000"), ("Sarcelles", "95200"), ("Pontoise", "95300"),
    ("Garges-lès-Gonesse", "95140"), ("Franconville", "95130"), ("Bezons", "95870"),
    ("Villiers-le-Bel", "95400"), ("L'Isle-Adam", "95290"),
    ("Beauvais", "60000"), ("Compiègne", "60200"), ("Creil", "60100"), ("Senlis", "60300"),
    ("Nogent-sur-Oise", "60180"), ("Crépy-en-Valois", "60800"),
    ("Orléans", "45000"), ("Montargis", "45200"), ("Fleury-les-Aubrais", "45400"), ("Olivet", "45160"),
    ("Gien", "45500"),
    ("Chartres", "28000"), ("Dreux", "28100"), ("Châteaudun", "28200"), ("Lucé", "28110"),
    ("Évreux", "27000"), ("Vernon", "27200"), ("Louviers", "27400"), ("Val-de-Reuil", "27100"),
    ("Les Andelys", "27700"),
    ("Reims", "51100"), ("Châlons-en-Champagne", "51000"), ("Épernay", "51200"), ("Vitry-le-François", "51300"),
)

# How many classes each département sends, relative to the others (a Paris fair draws mostly from nearby).
DEPARTEMENT_WEIGHTS = {
    "75": 4, "92": 3, "93": 3, "94": 3, "77": 2, "78": 2, "91": 2, "95": 2,
    "60": 1, "45": 1, "28": 1, "27": 1, "51": 1,
}

# Levels of the classes that visit, with their share: an industry fair is for orientation, so mostly 4e–3e.
LEVEL_WEIGHTS = (("6e", 1), ("5e", 1.5), ("4e", 3.5), ("3e", 4))

# Class names: "4e B", "3e 2", "4ème C" — each school has its own habit.
CLASS_SUFFIXES_LETTERS = ("A", "B", "C", "D", "E", "F")
CLASS_SUFFIXES_DIGITS = ("1", "2", "3", "4", "5", "6")
LEVEL_SPELLINGS = {"6e": ("6e", "6ème"), "5e": ("5e", "5ème"), "4e": ("4e", "4ème"), "3e": ("3e", "3ème")}

GROUP_NOTES = (
    "2 élèves en fauteuil roulant : prévoir l'accès par l'ascenseur du hall.",
    "PAI allergie arachide (1 élève) : trousse d'urgence avec l'équipe encadrante.",
    "1 élève en fauteuil roulant.",
    "PAI diabète (1 élève).",
    "1 élève malentendant : boucle magnétique si possible.",
    "1 élève malvoyant : prévoir un badge et un plan en gros caractères.",
    "1 élève d'ULIS, accompagné de son AESH.",
    "Venue en car : retard possible (bouchons sur le périphérique), nous appellerons l'accueil.",
    "Départ impératif à la fin du créneau : le car n'attend pas.",
    "Pique-nique tiré du sac : merci de nous indiquer un espace repas.",
    "Projet de classe sur les métiers : intérêt particulier pour la soudure et la robotique.",
    "Deux élèves rejoignent le groupe sur place avec leurs parents.",
)

# Companies and organisations whose people come as professional visitors.
PROFESSIONAL_ORGANISATIONS = (
    "CCI Paris Île-de-France", "Chambre de métiers et de l'artisanat", "France Travail", "Onisep",
    "Rectorat de Versailles", "Rectorat de Créteil", "Académie de Paris", "CIO de Saint-Denis",
    "Mission locale de Montreuil", "UIMM Île-de-France", "AFPA", "CFA des métiers de l'industrie",
    "Lycée professionnel Jean-Jaurès", "Lycée des métiers Gustave-Eiffel", "Région Île-de-France",
    "Mécanique de précision Dubois & Fils", "Fonderie de l'Oise", "Atelier d'usinage Lefèvre",
    "Plasturgie du Val-d'Oise", "Chaudronnerie Martin-Durand", "Électricité Générale Benoît",
    "Bureau d'études Hébert Ingénierie", "Soudure & Assemblage de Normandie", "Cabinet Ménard Conseil RH",
)

# Exhibitors: fictional firms of the trades the fair shows.
EXHIBITORS = (
    "Aérotech Systèmes", "Robotique Industrielle de Normandie", "Usinage Numérique d'Île-de-France",
    "Métallerie Saint-Martin", "Électronique Le Goff", "Chaudronnerie de l'Essonne", "Plastiques Ménard",
    "Ferroviaire du Nord – Maintenance", "Énergie Verte Industrie", "Fabrication Additive 3D Lab",
    "Textiles Techniques Barthélemy", "Agroalimentaire Prévost & Cie", "Automatismes Étienne",
    "Maintenance Aéronautique D'Almeida", "Soudure Haddad", "Cosmétique Industrielle Noël",
    "Lycée professionnel Louise-Michel (plateau technique)", "Campus des métiers de l'aéronautique",
)

PRESS = (
    "L'Usine Nouvelle", "Le Parisien", "Les Échos", "France Bleu Paris", "Industrie & Technologies",
    "L'Étudiant", "20 Minutes", "France 3 Paris Île-de-France", "BFM Paris", "Phosphore", "L'Express",
    "La Tribune", "Radio France", "AEF info",
)

STAFF_TEAMS = (
    "Organisation du salon", "Accueil", "Sécurité", "Bénévoles", "Régie technique", "Service médical",
)
