-- CQC's assessment framework for local authorities (Care Act 2014, Part 1), in use since April 2023.
-- Codes QS1-QS9 are ours; titles are CQC's; descriptions are our own words.

INSERT INTO framework (id, code, name, version_label, description, scoring_method, notify_at_or_below)
VALUES (1, 'cqc-la-2023', 'CQC local authority assessment framework', '2023',
        'How the Care Quality Commission assesses a council''s adult social care duties: four themes, nine quality statements scored 1 to 4, an overall percentage and a rating.',
        'PERCENT_BANDS', 1);

INSERT INTO framework_theme (id, framework_id, code, title, position) VALUES
    (11, 1, 'WORKING_WITH_PEOPLE', 'Working with people', 1),
    (12, 1, 'PROVIDING_SUPPORT', 'Providing support', 2),
    (13, 1, 'ENSURING_SAFETY', 'Ensuring safety within the system', 3),
    (14, 1, 'LEADERSHIP', 'Leadership', 4);

INSERT INTO quality_statement (id, framework_id, theme_id, code, title, description, scored, position) VALUES
    (101, 1, 11, 'QS1', 'Assessing needs',
     'How quickly and how well the council finds out what people and unpaid carers need, and whether what follows matches those needs.', TRUE, 1),
    (102, 1, 11, 'QS2', 'Supporting people to live healthier lives',
     'What the council does to prevent, reduce or delay needs: information, advice, early help and the wider community offer.', TRUE, 2),
    (103, 1, 11, 'QS3', 'Equity in experience and outcomes',
     'Whether different groups of people get fair access, experience and outcomes, and how the council acts on the differences it finds.', TRUE, 3),
    (104, 1, 12, 'QS4', 'Care provision, integration and continuity',
     'Whether there is enough good-quality, affordable care and support locally, and how the council shapes that market.', TRUE, 1),
    (105, 1, 12, 'QS5', 'Partnerships and communities',
     'How the council works with the NHS, other partners, the voluntary sector and communities to plan and deliver joined-up support.', TRUE, 2),
    (106, 1, 13, 'QS6', 'Safe systems, pathways and transitions',
     'Whether people stay safe as they move between services, such as leaving hospital or moving from children''s to adults'' services.', TRUE, 1),
    (107, 1, 13, 'QS7', 'Safeguarding',
     'How the council and its partners prevent abuse and neglect, respond to concerns and learn from what happened.', TRUE, 2),
    (108, 1, 14, 'QS8', 'Governance, management and sustainability',
     'Whether leaders know what is happening, manage risks and money, and keep services sustainable.', TRUE, 1),
    (109, 1, 14, 'QS9', 'Learning, improvement and innovation',
     'How the council learns from feedback, complaints and research, and improves and innovates as a result.', TRUE, 2);

INSERT INTO quality_statement_alias (statement_id, alias) VALUES
    (104, 'Care provision, integration, and continuity'),
    (106, 'Safe pathways, systems and transitions'),
    (106, 'Safe systems, pathways, and transitions'),
    (108, 'Governance, management, and sustainability'),
    (109, 'Learning, improvement, and innovation');

INSERT INTO evidence_category (id, framework_id, code, name, position) VALUES
    (1001, 1, 'PEOPLES_EXPERIENCE', 'People''s experience', 1),
    (1002, 1, 'STAFF_AND_LEADERS', 'Feedback from staff and leaders', 2),
    (1003, 1, 'PARTNERS', 'Feedback from partners', 3),
    (1004, 1, 'PROCESSES', 'Processes', 4);

INSERT INTO scale_level (id, framework_id, score, code, label) VALUES
    (51, 1, 4, 'EXCEPTIONAL', 'Exceptional standard'),
    (52, 1, 3, 'GOOD', 'Good standard'),
    (53, 1, 2, 'SOME_SHORTFALLS', 'Some shortfalls'),
    (54, 1, 1, 'SIGNIFICANT_SHORTFALLS', 'Significant shortfalls');

INSERT INTO rating_band (id, framework_id, code, label, min_percent, max_percent) VALUES
    (61, 1, 'OUTSTANDING', 'Outstanding', 88, 100),
    (62, 1, 'GOOD', 'Good', 63, 87),
    (63, 1, 'REQUIRES_IMPROVEMENT', 'Requires improvement', 39, 62),
    (64, 1, 'INADEQUATE', 'Inadequate', 25, 38);
