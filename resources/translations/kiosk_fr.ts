<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
    <context>
        <name>ClassFormController</name>
        <message numerus="yes">
            <source>%n personne(s) à inscrire dans la classe %1.</source>
            <translation>
                <numerusform>%n personne à inscrire dans la classe %1.</numerusform>
                <numerusform>%n personnes à inscrire dans la classe %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message numerus="yes">
            <source>%1 : %n personne(s) encore à l'intérieur après la fin du créneau %2</source>
            <translation>
                <numerusform>%1 : %n personne encore à l'intérieur après la fin du créneau %2</numerusform>
                <numerusform>%1 : %n personnes encore à l'intérieur après la fin du créneau %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentsController</name>
        <message numerus="yes">
            <source>Badges (%n)</source>
            <translation>
                <numerusform>Badge (%n)</numerusform>
                <numerusform>Badges (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KioskController</name>
        <message numerus="yes">
            <source>Hors ligne — %n passage(s) en attente</source>
            <translation>
                <numerusform>Hors ligne — %n passage en attente</numerusform>
                <numerusform>Hors ligne — %n passages en attente</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinController</name>
        <message numerus="yes">
            <source>Code faux. Essais restants : %n</source>
            <translation>
                <numerusform>Code faux. Essai restant : %n</numerusform>
                <numerusform>Code faux. Essais restants : %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Trois codes faux : clavier bloqué encore %n s.</source>
            <translation>
                <numerusform>Trois codes faux : clavier bloqué encore %n s.</numerusform>
                <numerusform>Trois codes faux : clavier bloqué encore %n s.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewController</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RosterController</name>
        <message numerus="yes">
            <source>%n entrée(s) enregistrée(s)</source>
            <translation>
                <numerusform>%n entrée enregistrée</numerusform>
                <numerusform>%n entrées enregistrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sortie(s) enregistrée(s)</source>
            <translation>
                <numerusform>%n sortie enregistrée</numerusform>
                <numerusform>%n sorties enregistrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n élève(s) encore à l'intérieur : %1</source>
            <translation>
                <numerusform>%n élève encore à l'intérieur : %1</numerusform>
                <numerusform>%n élèves encore à l'intérieur : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n personne(s) encore à l'intérieur : %1</source>
            <translation>
                <numerusform>%n personne encore à l'intérieur : %1</numerusform>
                <numerusform>%n personnes encore à l'intérieur : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Confirmer l'entrée de %n personne(s)</source>
            <translation>
                <numerusform>Confirmer l'entrée de %n personne</numerusform>
                <numerusform>Confirmer l'entrée de %n personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Confirmer la sortie de %n personne(s)</source>
            <translation>
                <numerusform>Confirmer la sortie de %n personne</numerusform>
                <numerusform>Confirmer la sortie de %n personnes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message numerus="yes">
            <source>%n personne(s)</source>
            <translation>
                <numerusform>%n personne</numerusform>
                <numerusform>%n personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Plus de %n personne(s) — précisez le nom.</source>
            <translation>
                <numerusform>Plus de %n personne — précisez le nom.</numerusform>
                <numerusform>Plus de %n personnes — précisez le nom.</numerusform>
            </translation>
        </message>
    </context>
</TS>
