import type { Messages } from '../../index'
import { core } from './core'
import { lesson } from './lesson'
import { progress } from './progress'

export const ru: Messages = { ...core, lesson, progress }
