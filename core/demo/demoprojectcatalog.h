#ifndef CORE_DEMOPROJECTCATALOG_H
#define CORE_DEMOPROJECTCATALOG_H

#include "../deliverable.h"
#include "../meeting.h"
#include "../mission.h"
#include "../project.h"

// The invented project work DemoProjectWork writes: projects with their countries and donors,
// partner organisations, deliverables, meetings and missions. Dates are days from the demo's
// today (negative: in the past), except for fixed historic events; people are posts (indexes in
// DemoCatalog::staff). Partner names are descriptive and contacts use a reserved .example domain.
namespace Core::DemoCatalog {

// Posts in `staff`, by what they do, so that the tables below read as sentences.
namespace Post {
enum : int {
    Head,
    Statistics,
    Policy,
    Care,
    JpoStatistics,
    JpoCare,
    JpoAsia,
    InternResearch,
    InternCrisis,
    ConsultantSenegal,
    ConsultantPhilippines,
    ConsultantColombia,
};
} // namespace Post

inline constexpr int none = -1; // ends a list, or "no project / meeting / objective"

struct ProjectSpec
{
    const char *code; // %1 becomes the two-digit start year
    const char *title;
    const char *country; // empty for the global project
    const char *donor;
    int startMonthsAgo;
    int months;
};

enum ProjectRef : int { Senegal, Philippines, Colombia, Global };

inline constexpr ProjectSpec projects[] = {
    { "SEN/%1/01/LUX", "Promoting the social and solidarity economy in Senegal", "SN", "Luxembourg",
        20, 42 },
    { "PHL/%1/02/FIN", "SSE organisations for decent work in the Philippines", "PH", "Finland", 16,
        36 },
    { "COL/%1/01/ESP", "Cooperatives in rural supply chains in Colombia", "CO", "Spain", 10, 30 },
    { "GLO/%1/03/MUL", "Global knowledge and statistics on the SSE", "", "Multi-donor", 30, 60 },
};

struct PartnerSpec
{
    const char *name;
    Partner::Kind kind;
    const char *country;
    const char *contact;
};

inline constexpr PartnerSpec partners[] = {
    { "Ministère de la Microfinance et de l'Économie sociale et solidaire (Sénégal)",
        Partner::Kind::Government, "SN", "secretariat.ess@ministere-sn.example" },
    { "Department of Labor and Employment (Philippines)", Partner::Kind::Government, "PH",
        "cooperatives.desk@dole-ph.example" },
    { "Confederación de Cooperativas de Colombia", Partner::Kind::SseOrganization, "CO",
        "estudios@confecoop-co.example" },
    { "Luxembourg Development Cooperation Agency", Partner::Kind::Donor, "LU",
        "sse.programme@lux-dev.example" },
    { "Ministry for Foreign Affairs of Finland", Partner::Kind::Donor, "FI",
        "jpo.programme@formin-fi.example" },
    { "Agencia Española de Cooperación Internacional", Partner::Kind::Donor, "ES",
        "economia.social@aecid-es.example" },
    { "UN Inter-Agency Task Force on the SSE", Partner::Kind::UnAgency, "",
        "secretariat@untfsse.example" },
    { "Réseau intercontinental de promotion de l'ESS", Partner::Kind::SseOrganization, "",
        "contact@ripess.example" },
};

struct VersionSpec
{
    const char *language; // nullptr (the default) ends the list
    LanguageVersion::Status status;
    bool required;
};

struct DeliverableSpec
{
    const char *title;
    Deliverable::Type type;
    int owner;
    int contributors[3]; // ended by `none`
    int dueInDays;
    Deliverable::Status status;
    int objective; // index in workObjectives, looked up in the owner's plans; or none
    int project;
    const char *country;
    bool forConsultancy; // required by the owner's terms of reference
    VersionSpec versions[4];
    const char *fixedDue; // an ISO date: a historic output, written once
};

enum DeliverableRef : int {
    IclsPaper,
    SenegalReport,
    PhilippinesReport,
    ColombiaStudy,
    GlobalReport,
    TransitionBrief,
    CrisisBrief,
    DonorReport,
    ColombiaTerms,
    SenegalInventory,
    GacConclusions,
    TrainingModule,
    DatabaseUpdate,
    IclsRoomDocument,
};

using LS = LanguageVersion::Status;
using DS = Deliverable::Status;
using DT = Deliverable::Type;

inline constexpr DeliverableSpec deliverables[] = {
    { "Paper on measuring the SSE for the ICLS", DT::IclsPaper, Post::Statistics,
        { Post::JpoStatistics, Post::InternResearch, none }, 45, DS::InReview, 0, Global, "", false,
        { { "EN", LS::InReview, true }, { "FR", LS::Planned, true }, { "ES", LS::Planned, true } },
        nullptr },
    { "Rapport national sur l'économie sociale et solidaire au Sénégal", DT::NationalReport,
        Post::ConsultantSenegal, { Post::Policy, none }, 20, DS::Drafting, 11, Senegal, "SN", true,
        { { "FR", LS::InProgress, true }, { "EN", LS::Planned, false } }, nullptr },
    { "National report on the SSE in the Philippines", DT::NationalReport,
        Post::ConsultantPhilippines, { Post::JpoAsia, none }, 25, DS::Cleared, 3, Philippines, "PH",
        true,
        { { "EN", LS::Cleared, true }, { "FR", LS::InProgress, true },
            { "ES", LS::InReview, true } },
        nullptr },
    { "Estudio de país: estadísticas de la ESS en Colombia", DT::NationalReport,
        Post::ConsultantColombia, { Post::Statistics, none }, 28, DS::Drafting, 13, Colombia, "CO",
        true, { { "ES", LS::InProgress, true }, { "EN", LS::Planned, true } }, nullptr },
    { "Global report on cooperatives and the care economy", DT::GlobalReport, Post::Care,
        { Post::JpoCare, none }, 150, DS::Drafting, 4, Global, "", false,
        { { "EN", LS::InProgress, true }, { "FR", LS::Planned, true },
            { "ES", LS::Planned, true } },
        nullptr },
    { "Policy brief: the SSE and a just transition", DT::Brief, Post::Policy,
        { Post::JpoCare, none }, -30, DS::Delivered, 5, Global, "", false,
        { { "EN", LS::Delivered, true }, { "FR", LS::Delivered, true },
            { "ES", LS::Delivered, true } },
        nullptr },
    { "Knowledge brief: cooperatives in crisis and displacement settings", DT::Brief, Post::Care,
        { Post::InternCrisis, none }, 60, DS::Planned, 10, Global, "", false, {}, nullptr },
    { "Progress report to Luxembourg: SSE project in Senegal", DT::DonorReport, Post::Policy,
        { Post::ConsultantSenegal, none }, 12, DS::InReview, 8, Senegal, "SN", false,
        { { "EN", LS::InReview, true } }, nullptr },
    { "Terms of reference: national consultant on SSE statistics in Colombia", DT::TermsOfReference,
        Post::Statistics, { none }, -90, DS::Delivered, none, Colombia, "CO", false, {}, nullptr },
    { "Inventaire des organisations de l'ESS au Sénégal", DT::KnowledgeProduct,
        Post::ConsultantSenegal, { none }, -15, DS::Delivered, 11, Senegal, "SN", true,
        { { "FR", LS::Delivered, true } }, nullptr },
    { "Summary of conclusions of the Global Advisory Committee", DT::Brief, Post::Policy,
        { Post::Head, none }, -140, DS::Delivered, 2, Global, "", false,
        { { "EN", LS::Delivered, true }, { "FR", LS::Delivered, false } }, nullptr },
    { "Training module on cooperative development for constituents", DT::TrainingMaterial,
        Post::Care, { Post::JpoCare, none }, 85, DS::Drafting, 7, Global, "", false,
        { { "EN", LS::InProgress, true }, { "FR", LS::Planned, false } }, nullptr },
    { "SSE statistics database: yearly update", DT::DatabaseUpdate, Post::JpoStatistics,
        { Post::InternResearch, none }, 5, DS::InReview, 12, Global, "", false, {}, nullptr },
    { "Room document: statistics on the SSE (21st ICLS)", DT::IclsPaper, Post::Head, { none }, 0,
        DS::Delivered, none, none, "", false,
        { { "EN", LS::Delivered, true }, { "FR", LS::Delivered, true },
            { "ES", LS::Delivered, true } },
        "2023-09-22" },
};

struct ActionSpec
{
    const char *text; // nullptr (the default) ends the list
    int owner; // a post, or none for an external party
    int dueAfterMeeting; // days after the meeting's last day
    bool done;
};

struct MeetingSpec
{
    const char *title;
    Meeting::Kind kind;
    int startInDays;
    int days;
    const char *country;
    const char *place;
    int project;
    int participants[6]; // ended by `none`
    const char *externalParticipants;
    const char *minutes; // for meetings that took place
    ActionSpec actions[4];
    int inputs[3]; // DeliverableRef, ended by `none`
    int outputs[2];
    const char *fixedStart; // an ISO date: a historic event, written once
};

enum MeetingRef : int {
    NacSenegal,
    NacPhilippines,
    NacColombia,
    Gac,
    JointConference,
    Icls,
    TaskForce,
    Workshop,
    Training
};

using MK = Meeting::Kind;

inline constexpr MeetingSpec meetings[] = {
    { "Réunion du comité national — Sénégal", MK::Nac, -120, 2, "SN",
        "Dakar, Ministère de la Microfinance", Senegal,
        { Post::Head, Post::Policy, Post::ConsultantSenegal, none },
        "Ministère de la Microfinance et de l'ESS; CNCR; Ambassade du Luxembourg",
        "Le comité a validé le plan de travail 2026 et la structure du rapport national.",
        { { "Envoyer la liste des organisations à inventorier", Post::ConsultantSenegal, 14, true },
            { "Partager le projet de rapport national avec le comité", Post::ConsultantSenegal, 60,
                false },
            { "Confirm the Luxembourg co-financing for the validation workshop", Post::Policy, 30,
                true } },
        { SenegalInventory, none }, { none }, nullptr },
    { "National Advisory Committee meeting — Philippines", MK::Nac, -60, 1, "PH",
        "Manila, Department of Labor and Employment", Philippines,
        { Post::JpoAsia, Post::ConsultantPhilippines, none },
        "DOLE; Cooperative Development Authority; Embassy of Finland",
        "The committee reviewed the draft national report and asked for regional data.",
        { { "Add regional data on cooperatives to the national report", Post::ConsultantPhilippines,
              21, false },
            { "Circulate the minutes to the committee", Post::JpoAsia, 7, true } },
        { PhilippinesReport, none }, { none }, nullptr },
    { "Reunión del Comité Nacional Asesor — Colombia", MK::Nac, 25, 1, "CO",
        "Bogotá, Ministerio del Trabajo", Colombia,
        { Post::Statistics, Post::ConsultantColombia, none },
        "Ministerio del Trabajo; DANE; Confecoop", "",
        { { "Enviar la agenda y el estudio de país al comité", Post::ConsultantColombia, -10,
            false } },
        { ColombiaStudy, none }, { none }, nullptr },
    { "Global Advisory Committee: annual meeting", MK::Gac, -150, 2, "CH", "Geneva, ILO", Global,
        { Post::Head, Post::Statistics, Post::Policy, Post::Care, none },
        "Donor representatives; UNTFSSE; RIPESS",
        "The GAC endorsed the work plan and asked for a joint conference with the NACs.",
        { { "Prepare the concept note of the joint NAC-GAC conference", Post::Policy, 45, true },
            { "Share the summary of conclusions with the donors", Post::Head, 20, true } },
        { none }, { GacConclusions, none }, nullptr },
    { "Joint NAC-GAC conference on the SSE", MK::JointConference, 72, 3, "SN",
        "Dakar, Centre international de conférences", Global,
        { Post::Head, Post::Policy, Post::JpoAsia, Post::ConsultantSenegal, none },
        "NAC members from Senegal, the Philippines and Colombia; GAC members", "", {},
        { SenegalReport, PhilippinesReport, none }, { none }, nullptr },
    { "21st International Conference of Labour Statisticians", MK::IclsSession, 0, 10, "CH",
        "Geneva, ILO", none, { Post::Head, none }, "National statistical offices; social partners",
        "The ICLS adopted a resolution on statistics of the social and solidarity economy.",
        { { "Draft guidelines following the ICLS resolution", Post::Head, 180, true } },
        { IclsRoomDocument, none }, { none }, "2023-10-11" },
    { "Inter-agency task force on SSE statistics", MK::TaskForce, 0, 2, "US", "New York, UNHQ",
        Global, { Post::Statistics, Post::JpoStatistics, none }, "UNTFSSE members; OECD; UNSD", "",
        {}, { IclsPaper, DatabaseUpdate, none }, { none }, nullptr },
    { "Validation workshop: coffee cooperatives case study", MK::Workshop, -27, 2, "CO",
        "Bogotá, Universidad Nacional", Colombia,
        { Post::Statistics, Post::JpoStatistics, Post::ConsultantColombia, none },
        "Coffee growers' cooperatives; Confecoop",
        "Participants validated the findings; two cooperatives asked to be named in the study.",
        { { "Send the revised case study to the participants", Post::JpoStatistics, 10, false },
            { "Request the consent of the named cooperatives", Post::ConsultantColombia, 7,
                true } },
        { none }, { none }, nullptr },
    { "Training on cooperative development for constituents", MK::Training, 101, 3, "IT",
        "Turin, International Training Centre", Global, { Post::Care, Post::JpoCare, none },
        "25 participants from ministries, workers' and employers' organisations", "", {},
        { TrainingModule, none }, { none }, nullptr },
};

// How a mission's status follows from its dates, unless the spec says otherwise.
enum class MissionOutcome {
    AsDated, // completed with its report in when past; under way; authorised or planned ahead
    BtoOverdue, // completed, but the back-to-office report never came
    Cancelled,
};

struct MissionSpec
{
    const char *purpose;
    Mission::Kind kind;
    const char *country;
    const char *city;
    int startInDays;
    int days;
    int travellers[4]; // ended by `none`
    bool supervisorTravels;
    int project;
    int meeting;
    int deliverables[2]; // ended by `none`
    MissionOutcome outcome;
};

using MiK = Mission::Kind;
using MO = MissionOutcome;

// No traveller is on two missions at once, and the head's missions lie within less than a year
// so that the earlier years' copies never overlap them either.
inline constexpr MissionSpec missions[] = {
    { "Conference of the UN task force on the SSE", MiK::Conference, "FR", "Paris", -200, 4,
        { Post::Statistics, none }, false, Global, none, { none }, MO::AsDated },
    { "Care economy and cooperatives conference", MiK::Conference, "FI", "Helsinki", -300, 5,
        { Post::Care, none }, false, Global, none, { TransitionBrief, none }, MO::AsDated },
    { "NAC meeting and project steering in Senegal", MiK::ProjectMission, "SN", "Dakar", -122, 6,
        { Post::Policy, Post::Head, none }, true, Senegal, NacSenegal, { none }, MO::AsDated },
    { "NAC meeting in the Philippines", MiK::ProjectMission, "PH", "Manila", -63, 7,
        { Post::JpoAsia, none }, false, Philippines, NacPhilippines, { PhilippinesReport, none },
        MO::BtoOverdue },
    { "Validation workshop of the coffee cooperatives case study", MiK::Workshop, "CO", "Bogotá",
        -29, 6, { Post::Statistics, Post::JpoStatistics, none }, true, Colombia, Workshop, { none },
        MO::BtoOverdue },
    { "Project mission to Dakar (postponed: elections)", MiK::ProjectMission, "SN", "Dakar", -40, 6,
        { Post::Policy, none }, false, Senegal, none, { none }, MO::Cancelled },
    { "Inter-agency task force meeting", MiK::Conference, "US", "New York", -1, 4,
        { Post::Statistics, Post::JpoStatistics, none }, true, Global, TaskForce,
        { IclsPaper, none }, MO::AsDated },
    { "Field visit to coffee cooperatives in Huila", MiK::FieldVisit, "CO", "Pitalito", 15, 4,
        { Post::ConsultantColombia, Post::Statistics, none }, false, Colombia, none,
        { ColombiaStudy, none }, MO::AsDated },
    { "Project mission: national report follow-up in the Philippines", MiK::ProjectMission, "PH",
        "Manila", 30, 7, { Post::JpoAsia, Post::InternResearch, none }, false, Philippines, none,
        { PhilippinesReport, none }, MO::AsDated },
    { "Joint NAC-GAC conference", MiK::Conference, "SN", "Dakar", 70, 5,
        { Post::Head, Post::Policy, Post::JpoAsia, none }, true, Global, JointConference,
        { SenegalReport, none }, MO::AsDated },
    { "Training on cooperative development", MiK::Training, "IT", "Turin", 100, 5,
        { Post::Care, Post::JpoCare, none }, true, Global, Training, { TrainingModule, none },
        MO::AsDated },
};

} // namespace Core::DemoCatalog

#endif
