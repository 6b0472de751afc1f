// English UI strings, one file per area; the Russian files must have the same keys (checked by their types).
import { classes, assignments } from './classes'
import { core } from './core'
import { documents } from './documents'
import { gradebook } from './gradebook'
import { lesson } from './lesson'
import { progress } from './progress'
import { quiz } from './quiz'

export const en = { ...core, ...documents, classes, assignments, ...quiz, lesson, progress, gradebook }
