using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenGov.Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddCitizensParticipation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "blocked_words",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    word = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    added_by_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_blocked_words", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "calendar_days",
                columns: table => new
                {
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_days", x => x.date);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_applications",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    tracking_code = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    applicant_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    organisation_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    applicant_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    id_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    id_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    unified_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    legal_representative = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    contact_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    email = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    preferred_form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    delivery = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    department_id = table.Column<int>(type: "integer", nullable: true),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    correction_requested_on = table.Column<DateOnly>(type: "date", nullable: true),
                    correction_request = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    correction_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    correction_received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    correction_text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    extension_working_days = table.Column<int>(type: "integer", nullable: false),
                    extension_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    extension_approved_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    extension_approved_by_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    extended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    answer_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    answer_text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    legal_basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    referred_body = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    where_to_find = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    answered_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    answered_by_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    due_on_at_answer = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disclosure_applications", x => x.id);
                    table.CheckConstraint("ck_disclosure_applications_answered", "(status = 'Answered') = (outcome IS NOT NULL AND answered_on IS NOT NULL)");
                    table.CheckConstraint("ck_disclosure_applications_extension", "extension_working_days BETWEEN 0 AND 20");
                    table.ForeignKey(
                        name: "fk_disclosure_applications_departments_department_id",
                        column: x => x.department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "feedback_letters",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    tracking_code = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    body = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    email = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    consent_to_publish = table.Column<bool>(type: "boolean", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    moderation_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    invalid_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    department_id = table.Column<int>(type: "integer", nullable: true),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    assigned_by_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reply_text = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: true),
                    replied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    replied_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    replied_by_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    publication_state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    public_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    public_body = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: true),
                    reviewed_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    reviewed_by_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    review_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback_letters", x => x.id);
                    table.CheckConstraint("ck_feedback_letters_published_after_review", "publication_state <> 'Published' OR (consent_to_publish AND reviewed_by_id IS NOT NULL AND replied_by_id IS NOT NULL AND reviewed_by_id <> replied_by_id)");
                    table.ForeignKey(
                        name: "fk_feedback_letters_departments_department_id",
                        column: x => x.department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "survey_responses",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    edition_id = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_responses", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_responses_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "surveys",
                columns: table => new
                {
                    edition_id = table.Column<int>(type: "integer", nullable: false),
                    intro = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    opens_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closes_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_surveys", x => x.edition_id);
                    table.ForeignKey(
                        name: "fk_surveys_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_documents",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    application_id = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disclosure_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_disclosure_documents_attachment_blobs_sha256",
                        column: x => x.sha256,
                        principalTable: "attachment_blobs",
                        principalColumn: "sha256",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_disclosure_documents_disclosure_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "disclosure_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "third_party_consultations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    application_id = table.Column<int>(type: "integer", nullable: false),
                    third_party = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sent_on = table.Column<DateOnly>(type: "date", nullable: false),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_third_party_consultations", x => x.id);
                    table.ForeignKey(
                        name: "fk_third_party_consultations_disclosure_applications_applicati",
                        column: x => x.application_id,
                        principalTable: "disclosure_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "survey_questions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    survey_edition_id = table.Column<int>(type: "integer", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    required = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_questions", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_questions_surveys_survey_edition_id",
                        column: x => x.survey_edition_id,
                        principalTable: "surveys",
                        principalColumn: "edition_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "survey_options",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    question_id = table.Column<int>(type: "integer", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_options", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_options_survey_questions_question_id",
                        column: x => x.question_id,
                        principalTable: "survey_questions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "survey_answers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    response_id = table.Column<long>(type: "bigint", nullable: false),
                    question_id = table.Column<int>(type: "integer", nullable: false),
                    option_id = table.Column<int>(type: "integer", nullable: true),
                    rating = table.Column<int>(type: "integer", nullable: true),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_answers", x => x.id);
                    table.CheckConstraint("ck_survey_answers_rating_range", "rating IS NULL OR rating BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "fk_survey_answers_survey_option_option_id",
                        column: x => x.option_id,
                        principalTable: "survey_options",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_survey_answers_survey_questions_question_id",
                        column: x => x.question_id,
                        principalTable: "survey_questions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_survey_answers_survey_responses_response_id",
                        column: x => x.response_id,
                        principalTable: "survey_responses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_blocked_words_word",
                table: "blocked_words",
                column: "word",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_applications_answered_on",
                table: "disclosure_applications",
                column: "answered_on");

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_applications_department_id",
                table: "disclosure_applications",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_applications_received_on",
                table: "disclosure_applications",
                column: "received_on");

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_applications_status",
                table: "disclosure_applications",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_applications_tracking_code",
                table: "disclosure_applications",
                column: "tracking_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_documents_application_id",
                table: "disclosure_documents",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_documents_sha256",
                table: "disclosure_documents",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_letters_department_id",
                table: "feedback_letters",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_letters_published_at",
                table: "feedback_letters",
                column: "published_at",
                filter: "publication_state = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_letters_received_at",
                table: "feedback_letters",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_letters_status",
                table: "feedback_letters",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_letters_tracking_code",
                table: "feedback_letters",
                column: "tracking_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_answers_option_id",
                table: "survey_answers",
                column: "option_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_answers_question_id",
                table: "survey_answers",
                column: "question_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_answers_response_id",
                table: "survey_answers",
                column: "response_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_options_question_id",
                table: "survey_options",
                column: "question_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_questions_survey_edition_id_sort_order",
                table: "survey_questions",
                columns: new[] { "survey_edition_id", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_edition_id",
                table: "survey_responses",
                column: "edition_id");

            migrationBuilder.CreateIndex(
                name: "ix_third_party_consultations_application_id",
                table: "third_party_consultations",
                column: "application_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "blocked_words");

            migrationBuilder.DropTable(
                name: "calendar_days");

            migrationBuilder.DropTable(
                name: "disclosure_documents");

            migrationBuilder.DropTable(
                name: "feedback_letters");

            migrationBuilder.DropTable(
                name: "survey_answers");

            migrationBuilder.DropTable(
                name: "third_party_consultations");

            migrationBuilder.DropTable(
                name: "survey_options");

            migrationBuilder.DropTable(
                name: "survey_responses");

            migrationBuilder.DropTable(
                name: "disclosure_applications");

            migrationBuilder.DropTable(
                name: "survey_questions");

            migrationBuilder.DropTable(
                name: "surveys");
        }
    }
}
