#ifndef CORE_DEMOCATALOG_H
#define CORE_DEMOCATALOG_H

#include "../assignment.h"
#include "../person.h"

// The invented material DemoUnit draws from: the unit's staff, the objectives they work on and
// pools of names for the people who held the same posts in earlier years. Every name and
// e-mail address is made up; the e-mail domain is a reserved .example one so that no demo
// message can ever reach a real inbox. Kept apart from DemoUnit so that the logic stays short.
namespace Core::DemoCatalog {

// Where a name pool comes from, so that a post's earlier holders get plausible names.
enum class Region {
    French,
    Hispanic,
    Akan,
    Nordic,
    German,
    Finnish,
    Japanese,
    Portuguese,
    Levantine,
    Senegalese,
    Filipino,
};

struct NamePool
{
    Region region;
    const char *first[10];
    const char *last[10];
};

inline constexpr NamePool namePools[] = {
    { Region::French,
        { "Amélie", "Étienne", "Hélène", "François", "Chloé", "Théo", "Margaux", "Noël", "Inès",
            "Jérôme" },
        { "Dubois", "Lefèvre", "Moreau", "Girard", "Rousseau", "Fournier", "Mercier", "Lemaître",
            "Chevalier", "Bézier" } },
    { Region::Hispanic,
        { "Jesús", "María José", "Andrés", "Lucía", "José Luis", "Ximena", "Sebastián", "Begoña",
            "Ramón", "Inés" },
        { "Rodríguez", "Muñoz", "García", "Peña", "Ibáñez", "Castillo", "Ordóñez", "Núñez",
            "Velásquez", "Gómez" } },
    { Region::Akan,
        { "Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Efua", "Kwabena", "Adwoa", "Kojo", "Abena" },
        { "Mensah", "Owusu", "Boateng", "Asante", "Osei", "Agyeman", "Appiah", "Darko", "Frimpong",
            "Ansah" } },
    { Region::Nordic,
        { "Søren", "Ingrid", "Bjørn", "Astrid", "Håkon", "Sigrid", "Mads", "Linnéa", "Jørgen",
            "Maja" },
        { "Lindqvist", "Sørensen", "Håkansson", "Nyström", "Ødegård", "Bergström", "Dahl",
            "Ekström", "Lund", "Åberg" } },
    { Region::German,
        { "Lena", "Jürgen", "Anja", "Matthias", "Sophie", "Lukas", "Käthe", "Jonas", "Greta",
            "Tobias" },
        { "Hoffmann", "Müller", "Schäfer", "Becker", "Weiß", "Krüger", "Neumann", "Fuchs",
            "Schröder", "Vogel" } },
    { Region::Finnish,
        { "Aino", "Eero", "Sanni", "Juhani", "Iida", "Matti", "Kaisa", "Tuomas", "Elina", "Ville" },
        { "Virtanen", "Mäkinen", "Järvinen", "Koskinen", "Heikkilä", "Nieminen", "Lehtonen",
            "Hämäläinen", "Salo", "Laine" } },
    { Region::Japanese,
        { "Aiko", "Haruto", "Yui", "Sota", "Mei", "Ren", "Sakura", "Kenji", "Hana", "Takumi" },
        { "Tanaka", "Satō", "Suzuki", "Takahashi", "Itō", "Watanabe", "Yamamoto", "Nakamura",
            "Kobayashi", "Katō" } },
    { Region::Portuguese,
        { "Mariana", "João", "Beatriz", "Gonçalo", "Luíza", "Tomás", "Conceição", "Caio", "Lívia",
            "Estêvão" },
        { "Gonçalves", "Araújo", "Simões", "Magalhães", "Conceição", "Pereira", "Assunção",
            "Falcão", "Brandão", "Ribeiro" } },
    { Region::Levantine,
        { "Nour", "Karim", "Rania", "Tarek", "Leïla", "Ziad", "Maya", "Fadi", "Hiba", "Sami" },
        { "El-Khoury", "Haddad", "Nassar", "Saadé", "Khalil", "Aoun", "Mansour", "Farhat",
            "Chidiac", "Abi Nader" } },
    { Region::Senegalese,
        { "Awa", "Mamadou", "Fatou", "Ousmane", "Aminata", "Cheikh", "Ndèye", "Ibrahima", "Khady",
            "Babacar" },
        { "Ndiaye", "Diop", "Sow", "Fall", "Mbaye", "Sarr", "Diallo", "Gueye", "Faye", "Thiam" } },
    { Region::Filipino,
        { "Maria Luisa", "Jose Miguel", "Ligaya", "Ramon", "Dalisay", "Paolo", "Corazon", "Andres",
            "Maricel", "Emilio" },
        { "Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Aquino", "Soriano",
            "Magbanua", "Dizon" } },
};

// How a supervisee's work plans are shaped, so the demo shows every stage of the process.
enum class PlanShape {
    None, // the unit head: nobody above to agree a plan with
    UnitYear, // staff: one plan per unit year
    UnitYearWithEarlier, // as above, and last year's plan, closed
    Assignment, // one plan covering the assignment
    Draft, // a newcomer whose plan is not agreed yet
    Revised, // changed after agreement, so a superseded revision is on record
    Renewed, // a JPO in the second year: the first year's plan closed, a new one active
};

inline constexpr int noSupervisor = -1;
inline constexpr int poolEnd = -1;

struct StaffSpec
{
    const char *name; // the current holder of the post
    const char *emailLocalPart;
    Region region; // earlier holders of the post get names from this pool
    Person::Category category;
    const char *position;
    const char *grade;
    const char *dutyStation;
    const char *languages; // comma-separated ISO 639-1 codes
    int supervisor; // index in `staff`
    Assignment::Type assignmentType;
    const char *assignmentTitle;
    int startedDaysAgo;
    int months;
    bool renewable;
    const char *sponsor;
    const char *funding;
    PlanShape shape;
    int objectives[5]; // indexes in `workObjectives`, ended by poolEnd
    bool hasLearning;
};

// Index 0 is the unit head; the others are the posts that the scale factor repeats year after
// year.
inline constexpr StaffSpec staff[] = {
    { "Amélie Dubois", "a.dubois", Region::French, Person::Category::UnitHead,
        "Head, Cooperatives, Social and Solidarity Economy Unit", "P5", "HQ Geneva", "FR,EN,ES,IT",
        noSupervisor, Assignment::Type::FixedTerm, "Head of unit", 2200, 96, false, "",
        "Regular budget", PlanShape::None, { poolEnd }, false },
    { "Jesús Rodríguez Ibarra", "j.rodriguez", Region::Hispanic, Person::Category::TechnicalOfficer,
        "Technical Officer, SSE statistics", "P4", "HQ Geneva", "ES,EN,FR", 0,
        Assignment::Type::FixedTerm, "Technical Officer - SSE statistics", 1100, 60, true, "",
        "Regular budget", PlanShape::UnitYearWithEarlier, { 0, 12, 2, 13, poolEnd }, false },
    { "Kwame Mensah", "k.mensah", Region::Akan, Person::Category::TechnicalOfficer,
        "Technical Officer, SSE policy and law", "P4", "HQ Geneva", "EN,FR,AK", 0,
        Assignment::Type::FixedTerm, "Technical Officer - SSE policy", 1400, 60, true, "",
        "Regular budget", PlanShape::UnitYear, { 1, 2, 5, 8, 6 }, false },
    { "Søren Lindqvist", "s.lindqvist", Region::Nordic, Person::Category::TechnicalOfficer,
        "Technical Officer, care economy and cooperatives", "P3", "HQ Geneva", "EN,FR,SV,DA", 0,
        Assignment::Type::TechnicalCooperation, "Technical Officer - care economy project", 900, 48,
        true, "", "Development cooperation project GLO/SSE/CARE", PlanShape::UnitYear,
        { 4, 10, 7, 8, poolEnd }, false },
    { "Lena Hoffmann", "l.hoffmann", Region::German, Person::Category::Jpo,
        "Junior Professional Officer, SSE statistics", "P2", "HQ Geneva", "DE,EN,FR", 1,
        Assignment::Type::Jpo, "JPO - SSE statistics", 300, 12, true, "Germany",
        "JPO Programme - Germany", PlanShape::Assignment, { 0, 12, 6, poolEnd }, true },
    { "Aino Virtanen", "a.virtanen", Region::Finnish, Person::Category::Jpo,
        "Junior Professional Officer, care economy", "P2", "HQ Geneva", "FI,SV,EN,ES", 3,
        Assignment::Type::Jpo, "JPO - Care economy and cooperatives", 200, 12, true, "Finland",
        "JPO Programme - Finland", PlanShape::Revised, { 4, 5, 9, poolEnd }, true },
    { "Aiko Tanaka", "a.tanaka", Region::Japanese, Person::Category::Jpo,
        "Junior Professional Officer, SSE in Asia and the Pacific", "P2", "HQ Geneva", "JA,EN,FR",
        2, Assignment::Type::Jpo, "JPO - SSE in Asia and the Pacific", 450, 12, true, "Japan",
        "JPO Programme - Japan", PlanShape::Renewed, { 3, 14, 10, poolEnd }, true },
    { "Mariana Gonçalves", "m.goncalves", Region::Portuguese, Person::Category::Intern,
        "Intern, SSE research", "", "HQ Geneva", "PT,EN,ES", 1, Assignment::Type::Internship,
        "Internship - SSE research", 120, 6, false, "", "", PlanShape::Assignment,
        { 12, 6, 9, poolEnd }, false },
    { "Nour El-Khoury", "n.elkhoury", Region::Levantine, Person::Category::Intern,
        "Intern, cooperatives in crisis settings", "", "HQ Geneva", "AR,FR,EN", 3,
        Assignment::Type::Internship, "Internship - cooperatives and crisis response", 20, 4, false,
        "", "", PlanShape::Draft, { 10, 7, 5, poolEnd }, false },
    { "Awa Ndiaye", "a.ndiaye", Region::Senegalese, Person::Category::NationalConsultant,
        "National consultant, Senegal", "", "Dakar", "FR,WO,EN", 2, Assignment::Type::Consultancy,
        "National consultant - SSE policy in Senegal", 150, 8, false, "",
        "Development cooperation project SEN/SSE", PlanShape::Assignment, { 11, 1, 7, poolEnd },
        false },
    { "Maria Luisa Santos", "m.santos", Region::Filipino, Person::Category::NationalConsultant,
        "National consultant, Philippines", "", "Manila", "EN,TL,ES", 6,
        Assignment::Type::Consultancy, "National consultant - SSE in the Philippines", 250, 10,
        false, "", "Development cooperation project PHL/SSE", PlanShape::Assignment,
        { 3, 14, 8, poolEnd }, false },
    { "Andrés Felipe Muñoz", "a.munoz", Region::Hispanic, Person::Category::NationalConsultant,
        "National consultant, Colombia", "", "Bogotá", "ES,EN", 1, Assignment::Type::Consultancy,
        "National consultant - SSE statistics in Colombia", 60, 6, false, "",
        "Development cooperation project COL/SSE", PlanShape::Assignment, { 13, 9, 6, poolEnd },
        false },
};

struct ObjectiveTemplate
{
    const char *title;
    const char *indicator;
    const char *strategyCode; // a seeded strategy objective
    const char *themes[2]; // seeded thematic area codes; nullptr when unused
    const char *activities[5]; // two to five; nullptr ends the list
    const char *evidence; // learning elements only
};

inline constexpr ObjectiveTemplate workObjectives[] = {
    { "Office paper on SSE statistics for the ICLS",
        "Paper cleared and submitted to the ICLS secretariat", "SO1", { "statistics", nullptr },
        { "Review country practices in measuring the SSE", "Draft the conceptual chapter",
            "Consult the inter-agency task force on the draft", "Revise after the technical review",
            "Submit the cleared paper" },
        "" },
    { "Organise the NAC meeting in Senegal",
        "Meeting held; minutes and follow-up actions circulated", "SO3",
        { "policy_law", "formalization" },
        { "Agree the agenda with the ministry", "Invite the committee members",
            "Prepare the background note in French", "Hold the meeting in Dakar",
            "Circulate the minutes" },
        "" },
    { "Prepare the GAC meeting", "Meeting held; summary of conclusions published", "SO4",
        { "policy_law", nullptr },
        { "Draft the concept note", "Compile the progress reported by the NACs",
            "Prepare the presentation", "Write the summary of conclusions" },
        "" },
    { "National report on the SSE in the Philippines with FR/ES translations",
        "Report cleared in EN; FR and ES versions delivered", "SO1",
        { "statistics", "formalization" },
        { "Collect data from the national statistics office", "Draft the report",
            "Hold the validation workshop in Manila", "Commission the FR and ES translations",
            "Clear the three language versions" },
        "" },
    { "Global report on cooperatives and the care economy", "Report published and launched", "SO1",
        { "care", "gender" },
        { "Literature review", "Commission five country case studies", "Draft chapters 1 to 3",
            "Peer review round", "Launch event" },
        "" },
    { "Policy brief on the SSE and a just transition", "Brief cleared and published in EN/FR/ES",
        "SO2", { "just_transition", nullptr },
        { "Agree the outline with the supervisor", "First draft", "Clearance and layout" }, "" },
    { "Mapping of SSE legal frameworks in Latin America",
        "Comparative table covering 12 countries published", "SO2", { "policy_law", nullptr },
        { "Compile the laws and decrees", "Build the comparative table",
            "Validate with the national consultants" },
        "" },
    { "Training module on cooperative development for constituents",
        "Module piloted with at least 25 participants", "SO3", { "youth", "formalization" },
        { "Needs assessment", "Draft the module", "Pilot session", "Revise after the evaluation" },
        "" },
    { "Donor progress report for the SSE project", "Report accepted by the donor", "SO4",
        { nullptr, nullptr },
        { "Collect results from the country teams", "Draft the narrative report",
            "Prepare the financial annex with the finance unit" },
        "" },
    { "Case study on coffee cooperatives in Colombian supply chains", "Case study cleared", "SO1",
        { "supply_chains", nullptr },
        { "Field interviews", "Draft the case study", "Review with the unit" }, "" },
    { "Knowledge brief on cooperatives in crisis and displacement settings", "Brief published",
        "SO3", { "crisis", nullptr },
        { "Collect cooperative experiences", "Draft the brief", "Clearance" }, "" },
    { "National report on the SSE in Senegal", "Report cleared in FR with an EN summary", "SO1",
        { "statistics", "policy_law" },
        { "Inventory of SSE organisations", "Interviews with the NAC members",
            "Draft the report in French", "Validation workshop in Dakar" },
        "" },
    { "Update the SSE statistics database", "Data for 30 countries updated and documented", "SO1",
        { "statistics", nullptr },
        { "Collect new country data", "Quality checks", "Publish the update" }, "" },
    { "Colombia country study on SSE statistics",
        "Study cleared and shared with the national statistics office", "SO1",
        { "statistics", "formalization" },
        { "Agree the methodology", "Collect administrative data", "Draft the study" }, "" },
    { "Support the NAC secretariat in the Philippines", "Two NAC meetings supported; minutes filed",
        "SO3", { "policy_law", nullptr },
        { "Prepare the meeting documents", "Take the minutes", "Follow up the actions" }, "" },
};

inline constexpr ObjectiveTemplate learningElements[] = {
    { "Understand the unit's coordination mechanisms",
        "Briefing note on the coordination structure shared with the unit", "SO4",
        { nullptr, nullptr },
        { "Attend the inter-agency task force meetings", "Write a briefing note on coordination" },
        "Attended the inter-agency task force meetings; briefing note on the unit's coordination "
        "mechanisms filed." },
    { "Enhance skills in project cycle management", "Online course completed with certificate",
        "SO3", { nullptr, nullptr },
        { "Complete the online course on project cycle management",
            "Apply the logframe method to the SSE project" },
        "Certificate of the online course on project cycle management; logframe of the SSE "
        "project revised with the supervisor." },
};

// What a revised plan gains after agreement: the supervisor asks for help with the GAC.
inline constexpr int revisionObjective = 2;

inline constexpr const char *blockers[] = {
    "Waiting for data from the national statistics office",
    "Translation budget not yet approved",
    "The ministry has not confirmed the meeting date",
    "Peer reviewers have not sent their comments yet",
    "Visa for the mission still pending",
    "Consultant contract held up in procurement",
    "GAC preparations took priority this week",
};

inline constexpr const char *emailDomain = "unitdesk.example";

} // namespace Core::DemoCatalog

#endif
