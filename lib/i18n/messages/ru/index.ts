import type { Messages } from '../../index'
import { classes, assignments } from './classes'
import { core } from './core'
import { documents } from './documents'
import { gradebook } from './gradebook'
import { lesson } from './lesson'
import { progress } from './progress'
import { quiz } from './quiz'

export const ru: Messages = { ...core, ...documents, classes, assignments, ...quiz, lesson, progress, gradebook }
