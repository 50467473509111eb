"""Qt item models fed by the repositories, one per entity list."""
