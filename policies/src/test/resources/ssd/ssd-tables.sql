-- The SSD tables this project reads, with the columns and types of the Standard Safeguarding
-- Dataset's published definitions (a subset of each table's columns; the others are not read).
CREATE TABLE ssd_person (pers_person_id NVARCHAR(48) PRIMARY KEY, pers_forename NVARCHAR(100), pers_dob DATETIME,
    pers_expected_dob DATETIME, pers_death_date DATETIME);
CREATE TABLE ssd_disability (disa_person_id NVARCHAR(48), disa_disability_code NVARCHAR(48));
CREATE TABLE ssd_cin_episodes (cine_referral_id NVARCHAR(48) PRIMARY KEY, cine_person_id NVARCHAR(48),
    cine_referral_date DATETIME, cine_referral_nfa NCHAR(1), cine_close_reason NVARCHAR(100), cine_close_date DATETIME,
    cine_referral_team NVARCHAR(48), cine_referral_worker_id NVARCHAR(100));
CREATE TABLE ssd_cin_assessments (cina_assessment_id NVARCHAR(48) PRIMARY KEY, cina_person_id NVARCHAR(48),
    cina_referral_id NVARCHAR(48), cina_assessment_start_date DATETIME, cina_assessment_child_seen NCHAR(1),
    cina_assessment_auth_date DATETIME, cina_assessment_outcome_json NVARCHAR(1000), cina_assessment_outcome_nfa NCHAR(1));
CREATE TABLE ssd_cin_plans (cinp_cin_plan_id NVARCHAR(48) PRIMARY KEY, cinp_referral_id NVARCHAR(48),
    cinp_person_id NVARCHAR(48), cinp_cin_plan_start_date DATETIME, cinp_cin_plan_end_date DATETIME,
    cinp_cin_plan_team NVARCHAR(48), cinp_cin_plan_worker_id NVARCHAR(100));
CREATE TABLE ssd_cin_visits (cinv_cin_visit_id NVARCHAR(48) PRIMARY KEY, cinv_person_id NVARCHAR(48),
    cinv_cin_visit_date DATETIME, cinv_cin_visit_seen NCHAR(1), cinv_cin_visit_seen_alone NCHAR(1),
    cinv_cin_visit_bedroom NCHAR(1));
CREATE TABLE ssd_s47_enquiry (s47e_s47_enquiry_id NVARCHAR(48) PRIMARY KEY, s47e_referral_id NVARCHAR(48),
    s47e_person_id NVARCHAR(48), s47e_s47_start_date DATETIME, s47e_s47_end_date DATETIME, s47e_s47_nfa NCHAR(1));
CREATE TABLE ssd_initial_cp_conference (icpc_icpc_id NVARCHAR(48) PRIMARY KEY, icpc_s47_enquiry_id NVARCHAR(48),
    icpc_person_id NVARCHAR(48), icpc_cp_plan_id NVARCHAR(48), icpc_referral_id NVARCHAR(48),
    icpc_icpc_target_date DATETIME, icpc_icpc_date DATETIME, icpc_icpc_outcome_cp_flag NCHAR(1));
CREATE TABLE ssd_cp_plans (cppl_cp_plan_id NVARCHAR(48) PRIMARY KEY, cppl_referral_id NVARCHAR(48),
    cppl_person_id NVARCHAR(48), cppl_cp_plan_start_date DATETIME, cppl_cp_plan_end_date DATETIME);
CREATE TABLE ssd_cp_reviews (cppr_cp_review_id NVARCHAR(48) PRIMARY KEY, cppr_person_id NVARCHAR(48),
    cppr_cp_plan_id NVARCHAR(48), cppr_cp_review_due DATETIME, cppr_cp_review_date DATETIME,
    cppr_cp_review_outcome_continue_cp NCHAR(1));
CREATE TABLE ssd_involvements (invo_involvements_id NVARCHAR(48) PRIMARY KEY, invo_professional_id NVARCHAR(48),
    invo_professional_role_id NVARCHAR(200), invo_involvement_start_date DATETIME, invo_involvement_end_date DATETIME,
    invo_worker_change_reason NVARCHAR(200), invo_person_id NVARCHAR(48), invo_referral_id NVARCHAR(48));
