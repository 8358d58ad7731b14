package org.ascassure.kpi.entity;

/** A RAG with the sentence that says how it was reached from the figure and the target. */
public record Rating(KpiRag rag, String explanation) {}
