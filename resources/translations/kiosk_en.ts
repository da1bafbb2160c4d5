<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ArrivalsModel</name>
    <message>
        <location filename="../../kiosk/ui/models/dashboard_model.py" line="25" />
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/dashboard_model.py" line="26" />
        <source>Attendus</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/dashboard_model.py" line="27" />
        <source>Arrivés</source>
        <translation>Arrived</translation>
    </message>
</context>
<context>
    <name>ClassFormController</name>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_controller.py" line="120" />
        <source>À corriger avant l'inscription :</source>
        <translation>To correct before registering:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_controller.py" line="124" />
        <source>Le fichier contient plusieurs classes : importez-le depuis le mode organisateur, ou gardez une seule classe.</source>
        <translation>The file contains several classes: import it from organiser mode, or keep just one class.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_controller.py" line="128" />
        <source>%1 personne(s) à inscrire dans la classe %2.</source>
        <translation>%1 person(s) to register in class %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_controller.py" line="131" />
        <source>Déjà inscrits, ignorés : %1.</source>
        <translation>Already registered, skipped: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_controller.py" line="134" />
        <source>Homonymes lignes %1 et %2 : %3 (gardés tous les deux, vérifiez).</source>
        <translation>Same name on lines %1 and %2: %3 (both kept, please check).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_controller.py" line="138" />
        <source>Jour de visite : %1.</source>
        <translation>Visit day: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_controller.py" line="174" />
        <source>Classe inscrite : %1</source>
        <translation>Class registered: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_controller.py" line="176" />
        <source>%1 badge(s) dans %2</source>
        <translation>%1 badge(s) in %2</translation>
    </message>
</context>
<context>
    <name>ClassFormView</name>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="113" />
        <source>Inscrire une classe</source>
        <translation>Register a class</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="115" />
        <source>Établissement</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="115" />
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="115" />
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="115" />
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="116" />
        <source>Enseignant</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="116" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="119" />
        <source>Élèves : un par ligne (NOM Prénom), collés ou tapés</source>
        <translation>Pupils: one per line (LAST NAME First name), pasted or typed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="120" />
        <source>DUPONT Marie
LEFÈVRE Zoé
…</source>
        <translation>DUPONT Marie
LEFÈVRE Zoé
…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="121" />
        <source>Importer un fichier (CSV, Excel)…</source>
        <translation>Import a file (CSV, Excel)…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="122" />
        <source>Retirer le fichier</source>
        <translation>Remove the file</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="123" />
        <source>Vérifier la liste</source>
        <translation>Check the list</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="124" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="125" />
        <source>Inscrire la classe et imprimer les badges</source>
        <translation>Register the class and print the badges</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="126" />
        <source>Rouvrir les badges</source>
        <translation>Reopen the badges</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/class_form_view.py" line="127" />
        <source>Retour à l'accueil</source>
        <translation>Back to home</translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <location filename="../../kiosk/ui/screens/dashboard_controller.py" line="68" />
        <source>Mis à jour à %1</source>
        <translation>Updated at %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../kiosk/ui/screens/dashboard_view.py" line="74" />
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/dashboard_view.py" line="75" />
        <source>personnes sur le site</source>
        <translation>people on site</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/dashboard_view.py" line="75" />
        <source>élèves et adultes des classes</source>
        <translation>pupils and adults with classes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/dashboard_view.py" line="76" />
        <source>visiteurs individuels</source>
        <translation>individual visitors</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/dashboard_view.py" line="78" />
        <source>Arrivés aujourd'hui, par catégorie</source>
        <translation>Arrived today, by category</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/dashboard_view.py" line="79" />
        <source>Classes et élèves par créneau</source>
        <translation>Classes and pupils by time slot</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/dashboard_view.py" line="80" />
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/dashboard_view.py" line="81" />
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <location filename="../../kiosk/ui/screens/documents_controller.py" line="94" />
        <source>Mise en page : %1</source>
        <translation>Layout: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_controller.py" line="129" />
        <source>Préparation des badges…</source>
        <translation>Preparing badges…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/documents_controller.py" line="139" />
        <source>Badges (%n)</source>
        <translation>
            <numerusform>Badge (%n)</numerusform>
            <numerusform>Badges (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_controller.py" line="140" />
        <source>Badges annulés : aucun fichier écrit.</source>
        <translation>Badges cancelled: no file written.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_controller.py" line="160" />
        <source>Préparation du document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_controller.py" line="169" />
        <source>Feuilles d'émargement</source>
        <translation>Attendance sheets</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_controller.py" line="169" />
        <source>Liste des présents</source>
        <translation>On-site list</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_controller.py" line="170" />
        <source>Rapport du jour</source>
        <translation>Day report</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_controller.py" line="171" />
        <source>Rapport de l'événement</source>
        <translation>Event report</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_controller.py" line="182" />
        <source>Document prêt : %1</source>
        <translation>Document ready: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../kiosk/ui/screens/documents_view.py" line="82" />
        <source>Badges et documents</source>
        <translation>Badges and documents</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_view.py" line="83" />
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_view.py" line="84" />
        <source>Listes et rapports</source>
        <translation>Lists and reports</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_view.py" line="85" />
        <source>Une classe</source>
        <translation>One class</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_view.py" line="85" />
        <source>Un jour</source>
        <translation>One day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_view.py" line="86" />
        <source>Tout le monde</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_view.py" line="88" />
        <source>Créer les badges</source>
        <translation>Create badges</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_view.py" line="89" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_view.py" line="90" />
        <source>Jour :</source>
        <translation>Day:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_view.py" line="91" />
        <source>Feuilles d'émargement</source>
        <translation>Attendance sheets</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_view.py" line="92" />
        <source>Liste des présents</source>
        <translation>On-site list</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_view.py" line="93" />
        <source>Rapport du jour</source>
        <translation>Day report</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_view.py" line="94" />
        <source>Rapport de l'événement</source>
        <translation>Event report</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/documents_view.py" line="95" />
        <source>Retour</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../kiosk/ui/screens/home_view.py" line="38" />
        <source>Scannez votre badge ou le code de votre classe</source>
        <translation>Scan your badge or your class code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home_view.py" line="39" />
        <source>Rechercher une personne</source>
        <translation>Find someone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home_view.py" line="40" />
        <source>Inscrire un visiteur</source>
        <translation>Register a visitor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home_view.py" line="41" />
        <source>Inscrire une classe</source>
        <translation>Register a class</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home_view.py" line="42" />
        <source>English</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home_view.py" line="43" />
        <source>Organisateur</source>
        <translation>Organiser</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../kiosk/ui/screens/imports_controller.py" line="98" />
        <location filename="../../kiosk/ui/screens/imports_controller.py" line="188" />
        <source>Sans créneau</source>
        <translation>No time slot</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_controller.py" line="116" />
        <location filename="../../kiosk/ui/screens/imports_controller.py" line="140" />
        <source>Les choix ont changé : refaites l'aperçu avant d'importer.</source>
        <translation>The choices have changed: preview again before importing.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_controller.py" line="135" />
        <source>Lecture du fichier…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_controller.py" line="153" />
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_controller.py" line="184" />
        <source>Aucun fichier choisi (CSV ou Excel)</source>
        <translation>No file chosen (CSV or Excel)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../kiosk/ui/models/import_model.py" line="15" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/import_model.py" line="16" />
        <source>⚠ %1 (lignes %2 et %3)</source>
        <translation>⚠ %1 (lines %2 and %3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/import_model.py" line="29" />
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/import_model.py" line="30" />
        <source>Nouveaux</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/import_model.py" line="31" />
        <source>Déjà inscrits</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/import_model.py" line="32" />
        <source>Homonymes</source>
        <translation>Namesakes</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="147" />
        <source>Importer des listes et des réservations</source>
        <translation>Import rosters and bookings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="149" />
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="149" />
        <source>Établissement</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="149" />
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="149" />
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="150" />
        <source>Jour de visite</source>
        <translation>Visit day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="150" />
        <source>Créneau</source>
        <translation>Time slot</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="150" />
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="150" />
        <source>Enseignant</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="151" />
        <source>Tél.</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="154" />
        <source>Choisir un fichier…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="155" />
        <source>Seulement si le fichier n'a pas de colonne « Classe » :</source>
        <translation>Only if the file has no 'Class' column:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="156" />
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="157" />
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="158" />
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/imports_view.py" line="159" />
        <source>Imprimer les badges…</source>
        <translation>Print the badges…</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="86" />
        <source>Poste : %1</source>
        <translation>Station: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="87" />
        <source>Base : connectée (%1)</source>
        <translation>Database: connected (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="88" />
        <source>Base injoignable, nouvelle tentative… (%1)</source>
        <translation>Database unreachable, retrying… (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="93" />
        <source>Imprimante : %1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="95" />
        <source>Imprimante introuvable : %1</source>
        <translation>Printer not found: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="91" />
        <source>Imprimante : aucune (PDF)</source>
        <translation>Printer: none (PDF)</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../kiosk/ui/navigator.py" line="77" />
        <source>Attention</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>OrganiserView</name>
    <message>
        <location filename="../../kiosk/ui/screens/organiser_view.py" line="37" />
        <source>Mode organisateur</source>
        <translation>Organiser mode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/organiser_view.py" line="38" />
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/organiser_view.py" line="39" />
        <source>Importer des listes
et des réservations</source>
        <translation>Import rosters
and bookings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/organiser_view.py" line="40" />
        <source>Badges et documents</source>
        <translation>Badges and documents</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/organiser_view.py" line="41" />
        <source>Réglages du poste</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/organiser_view.py" line="42" />
        <source>Retour à l'accueil</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/organiser_view.py" line="43" />
        <source>Quitter le mode kiosque</source>
        <translation>Exit kiosk mode</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../kiosk/ui/models/people_model.py" line="68" />
        <source>Sur place depuis %1</source>
        <translation>On site since %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/people_model.py" line="70" />
        <source>Sur place</source>
        <translation>On site</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/people_model.py" line="71" />
        <source>Pas sur place</source>
        <translation>Not on site</translation>
    </message>
</context>
<context>
    <name>PersonController</name>
    <message>
        <location filename="../../kiosk/ui/screens/person_controller.py" line="77" />
        <source>Sur place</source>
        <translation>On site</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_controller.py" line="78" />
        <source>Sur place, entré(e) à %1</source>
        <translation>On site, checked in at %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_controller.py" line="80" />
        <source>Pas sur place, sorti(e) à %1</source>
        <translation>Not on site, checked out at %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_controller.py" line="81" />
        <source>Pas encore entré(e)</source>
        <translation>Not checked in yet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_controller.py" line="103" />
        <source>Préparation du badge…</source>
        <translation>Preparing the badge…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_controller.py" line="108" />
        <source>Badge prêt (même code) : %1</source>
        <translation>Badge ready (same code): %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_controller.py" line="108" />
        <source>Badge enregistré : %1</source>
        <translation>Badge saved: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_controller.py" line="130" />
        <source>Nom corrigé : le badge garde le même code.</source>
        <translation>Name corrected: the badge keeps the same code.</translation>
    </message>
</context>
<context>
    <name>PersonScreenView</name>
    <message>
        <location filename="../../kiosk/ui/screens/person_view.py" line="82" />
        <source>Enregistrer l'entrée</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_view.py" line="83" />
        <source>Enregistrer la sortie</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_view.py" line="84" />
        <source>Réimprimer le badge</source>
        <translation>Reprint the badge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_view.py" line="85" />
        <source>Corriger le nom</source>
        <translation>Correct the name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_view.py" line="86" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_view.py" line="87" />
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_view.py" line="88" />
        <source>Enregistrer le nom</source>
        <translation>Save the name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_view.py" line="89" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_view.py" line="90" />
        <source>Retour à la recherche</source>
        <translation>Back to search</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/person_view.py" line="91" />
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>PinController</name>
    <message>
        <location filename="../../kiosk/ui/screens/pin_controller.py" line="55" />
        <source>Saisissez le code (4 à 8 chiffres).</source>
        <translation>Enter the code (4 to 8 digits).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_controller.py" line="72" />
        <source>Trois codes faux : clavier bloqué pendant %1 secondes.</source>
        <translation>Three wrong codes: keypad locked for %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_controller.py" line="75" />
        <source>Code faux. Essais restants : %1</source>
        <translation>Wrong code. Attempts left: %1</translation>
    </message>
</context>
<context>
    <name>PinView</name>
    <message>
        <location filename="../../kiosk/ui/screens/pin_view.py" line="68" />
        <source>Code organisateur</source>
        <translation>Organiser code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_view.py" line="69" />
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_view.py" line="70" />
        <source>Valider</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_view.py" line="71" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PreviewController</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/preview_controller.py" line="41" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview_controller.py" line="61" />
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../kiosk/ui/screens/preview_view.py" line="30" />
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview_view.py" line="31" />
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview_view.py" line="32" />
        <source>Retour</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ResultController</name>
    <message>
        <location filename="../../kiosk/ui/screens/result_controller.py" line="49" />
        <source>Bienvenue !</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_controller.py" line="50" />
        <source>Bon retour !</source>
        <translation>Welcome back!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_controller.py" line="51" />
        <source>Déjà entré</source>
        <translation>Already inside</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_controller.py" line="52" />
        <source>Au revoir !</source>
        <translation>Goodbye!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_controller.py" line="53" />
        <source>Pas entré aujourd'hui</source>
        <translation>Not checked in today</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_controller.py" line="54" />
        <source>Pas le bon jour</source>
        <translation>Wrong day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_controller.py" line="55" />
        <source>Badge inconnu</source>
        <translation>Unknown badge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_controller.py" line="56" />
        <source>Code illisible</source>
        <translation>Unreadable code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_controller.py" line="57" />
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_controller.py" line="64" />
        <source>Entré à %1</source>
        <translation>Checked in at %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_controller.py" line="66" />
        <source>Classe attendue le %1 : appelez un responsable.</source>
        <translation>Class expected on %1: please call a member of staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_controller.py" line="69" />
        <source>Adressez-vous à l'accueil.</source>
        <translation>Please ask at reception.</translation>
    </message>
</context>
<context>
    <name>RosterController</name>
    <message>
        <location filename="../../kiosk/ui/screens/roster_controller.py" line="155" />
        <source>%1 entrée(s) enregistrée(s)</source>
        <translation>%1 check-in(s) recorded</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_controller.py" line="156" />
        <source>Déjà sur place : %1</source>
        <translation>Already on site: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_controller.py" line="159" />
        <source>Absents : %1</source>
        <translation>Absent: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_controller.py" line="165" />
        <source>%1 sortie(s) enregistrée(s)</source>
        <translation>%1 check-out(s) recorded</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_controller.py" line="166" />
        <source>Compté au départ : %1</source>
        <translation>Head count at departure: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_controller.py" line="169" />
        <source>Encore à l'intérieur : %1</source>
        <translation>Still inside: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_controller.py" line="183" />
        <source>Enseignant : %1</source>
        <translation>Teacher: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_controller.py" line="194" />
        <source>Attention : cette classe est attendue le %1, pas aujourd'hui.</source>
        <translation>Warning: this class is expected on %1, not today.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_controller.py" line="197" />
        <source>Touchez une ligne pour décocher un absent.</source>
        <translation>Tap a row to untick anyone absent.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_controller.py" line="198" />
        <source>Confirmer quand même l'entrée aujourd'hui</source>
        <translation>Confirm check-in today anyway</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_controller.py" line="199" />
        <source>Confirmer l'entrée de %1 personne(s)</source>
        <translation>Confirm check-in for %1 person(s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_controller.py" line="201" />
        <source>Décochez qui manque : ils restent comptés à l'intérieur.</source>
        <translation>Untick anyone missing: they stay counted as inside.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_controller.py" line="202" />
        <source>Confirmer la sortie de %1 personne(s)</source>
        <translation>Confirm check-out for %1 person(s)</translation>
    </message>
</context>
<context>
    <name>RosterForm</name>
    <message>
        <location filename="../../kiosk/ui/screens/roster_form_view.py" line="70" />
        <source>Tapez le début du nom : les établissements connus s'affichent</source>
        <translation>Type the start of the name: known schools will appear</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_form_view.py" line="72" />
        <source>par ex. 4e B</source>
        <translation>e.g. 4e B</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_form_view.py" line="73" />
        <source>Prénom Nom</source>
        <translation>First name Last name</translation>
    </message>
</context>
<context>
    <name>RosterInputs</name>
    <message>
        <location filename="../../kiosk/ui/screens/roster_inputs.py" line="23" />
        <source>Liste des élèves</source>
        <translation>Pupil list</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_inputs.py" line="24" />
        <source>Listes (*.csv *.txt *.tsv *.xlsx *.xlsm)</source>
        <translation>Lists (*.csv *.txt *.tsv *.xlsx *.xlsm)</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../kiosk/ui/models/roster_model.py" line="103" />
        <source>Présent · nom</source>
        <translation>Present · name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/roster_model.py" line="103" />
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/roster_model.py" line="103" />
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/roster_model.py" line="130" />
        <source>Homonyme dans la classe : vérifiez le prénom</source>
        <translation>Same name in the class: check the first name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/roster_model.py" line="151" />
        <source>Encore à l'intérieur</source>
        <translation>Still inside</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/roster_model.py" line="154" />
        <source>Arrivé ? Touchez ici</source>
        <translation>Arrived? Tap here</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/roster_model.py" line="158" />
        <source>Sur place</source>
        <translation>On site</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/roster_model.py" line="159" />
        <source>Entré à %1</source>
        <translation>Checked in at %1</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <location filename="../../kiosk/ui/screens/roster_view.py" line="122" />
        <source>Arrivée</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_view.py" line="123" />
        <source>Départ</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_view.py" line="124" />
        <source>Tout cocher</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_view.py" line="125" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/roster_view.py" line="126" />
        <source>Retour à l'accueil</source>
        <translation>Back to home</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../kiosk/ui/screens/search_view.py" line="67" />
        <source>Rechercher une personne</source>
        <translation>Find someone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search_view.py" line="68" />
        <source>Nom, prénom, école, classe ou code du badge</source>
        <translation>Last name, first name, school, class or badge code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search_view.py" line="69" />
        <source>Aucune personne trouvée. Vérifiez l'orthographe ou tapez moins de lettres.</source>
        <translation>No one found. Check the spelling or type fewer letters.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search_view.py" line="70" />
        <source>Tapez les premières lettres du nom.</source>
        <translation>Type the first few letters of the name.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search_view.py" line="71" />
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search_view.py" line="72" />
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../kiosk/ui/screens/settings_controller.py" line="67" />
        <source>le %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_controller.py" line="68" />
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_controller.py" line="100" />
        <source>Réglages enregistrés.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="99" />
        <source>Réglages du poste</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="100" />
        <source>Nom du poste</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="100" />
        <source>Sens</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="100" />
        <source>Mise en page des badges</source>
        <translation>Badge layout</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="100" />
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="101" />
        <source>Décalage horizontal (mm)</source>
        <translation>Horizontal offset (mm)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="101" />
        <source>Imprimante des badges</source>
        <translation>Badge printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="102" />
        <source>Décalage vertical (mm)</source>
        <translation>Vertical offset (mm)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="102" />
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="103" />
        <source>Base de données</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="103" />
        <source>Autre base (au prochain démarrage)</source>
        <translation>Other database (from next start-up)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="104" />
        <source>Nouveau code (4 à 8 chiffres)</source>
        <translation>New code (4 to 8 digits)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="104" />
        <source>Nouveau code, encore</source>
        <translation>New code again</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="107" />
        <source>Entrée</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="107" />
        <source>Sortie</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="109" />
        <source>laisser vide pour garder le code</source>
        <translation>leave empty to keep the current code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="110" />
        <source>fichier SQLite ou postgresql://…</source>
        <translation>SQLite file or postgresql://…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="111" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="112" />
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="116" />
        <source>Aucune : le badge s'ouvre en PDF</source>
        <translation>None: the badge opens as a PDF</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/settings_view.py" line="118" />
        <source>%1 (introuvable)</source>
        <translation>%1 (not found)</translation>
    </message>
</context>
<context>
    <name>SlotsModel</name>
    <message>
        <location filename="../../kiosk/ui/models/dashboard_model.py" line="37" />
        <source>Créneau</source>
        <translation>Time slot</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/dashboard_model.py" line="38" />
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/dashboard_model.py" line="39" />
        <source>Inscrits</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/dashboard_model.py" line="40" />
        <source>Arrivés</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models/dashboard_model.py" line="41" />
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
</context>
<context>
    <name>TroubleView</name>
    <message>
        <location filename="../../kiosk/ui/screens/trouble_view.py" line="26" />
        <source>Un souci technique est survenu</source>
        <translation>A technical problem has occurred</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/trouble_view.py" line="27" />
        <source>Merci d'appeler un membre de l'équipe d'accueil. Le poste reste utilisable.</source>
        <translation>Please call a member of the reception team. This station can still be used.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/trouble_view.py" line="28" />
        <source>Retour à l'accueil</source>
        <translation>Back to home</translation>
    </message>
</context>
<context>
    <name>VisitorController</name>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_controller.py" line="74" />
        <source>Indiquez l'organisation (journal, entreprise, stand…).</source>
        <translation>Please enter your organisation (newspaper, company, stand…).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_controller.py" line="105" />
        <source>Bienvenue, %1 !</source>
        <translation>Welcome, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_controller.py" line="108" />
        <source>Votre badge est prêt.</source>
        <translation>Your badge is ready.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_controller.py" line="110" />
        <source>Badge non imprimé : demandez à l'accueil de le réimprimer.</source>
        <translation>Badge not printed: ask reception to reprint it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_controller.py" line="112" />
        <source>Impression du badge…</source>
        <translation>Printing your badge…</translation>
    </message>
</context>
<context>
    <name>VisitorView</name>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_view.py" line="125" />
        <source>Inscrire un visiteur</source>
        <translation>Register a visitor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_view.py" line="126" />
        <source>Vous êtes :</source>
        <translation>You are:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_view.py" line="129" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_view.py" line="129" />
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_view.py" line="130" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_view.py" line="131" />
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_view.py" line="133" />
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_view.py" line="134" />
        <source>Enregistrer et imprimer le badge</source>
        <translation>Save and print the badge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_view.py" line="135" />
        <source>Retour à l'accueil</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_view.py" line="136" />
        <source>Inscrire un autre visiteur</source>
        <translation>Register another visitor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_view.py" line="137" />
        <source>Terminé</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/visitor_view.py" line="138" />
        <source>Vous êtes inscrit(e). Scannez votre badge à l'entrée.</source>
        <translation>You are registered. Scan your badge at the entrance.</translation>
    </message>
</context>
</TS>
