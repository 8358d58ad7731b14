package org.ascassure.improvement.entity;

/** A RAG colour with the reason it was given, in words a director can repeat to a board. */
public record RagAssessment(Rag colour, String reason) {}
