/**
 * The built-in framework packs and exemplar objectives (UK-17, DOMAIN §7.9): what set-up seeds into the
 * AppraisalFrameworks list, and what the record falls back to only when that list cannot be read. Headings are our own
 * summaries of each source, never its wording; the source reference says where the full text is.
 */
import type { StaffCategory } from '../staff';
import type { ExemplarObjective, FrameworkCatalogue, FrameworkPack } from './frameworks';

const TA_SOURCE =
  'Professional standards for teaching assistants: advice for headteachers, teachers, teaching assistants, governing boards and ' +
  'employers (June 2016, non-statutory), pages 6–8; published by UNISON, NAHT, the National Education Trust and Maximising ' +
  'the Impact of Teaching Assistants.';

const ISBL_CAVEAT =
  'The standards should not be used as a checklist or as a baseline, and any shortcoming with respect to the standards is not ' +
  'a basis for questioning competence or initiating capability.';

/** The packs the product ships. Headings are our own summaries; the source holds the full wording. */
export const FRAMEWORK_PACKS: readonly FrameworkPack[] = [
  {
    code: 'TA2016',
    title: 'Professional Standards for Teaching Assistants',
    source: TA_SOURCE,
    edition: 'June 2016',
    categories: ['learningSupport'],
    items: [
      {
        code: 'TA2016-1',
        title: 'Conduct that keeps the trust of pupils, parents and colleagues',
        theme: 'Personal and professional conduct'
      },
      { code: 'TA2016-2', title: 'Up-to-date knowledge of pupils’ needs and the curriculum', theme: 'Knowledge and understanding' },
      { code: 'TA2016-3', title: 'Supporting pupils’ learning alongside the teacher', theme: 'Teaching and learning' },
      { code: 'TA2016-4', title: 'Working well with colleagues, parents and other professionals', theme: 'Working with others' }
    ]
  },
  {
    code: 'HLTA',
    title: 'Higher Level Teaching Assistant standards',
    source:
      'Professional standards for higher level teaching assistants (2007, revised by the HLTA National Assessment Partnership). ' +
      'Headings summarised in our own words; the standards themselves hold the full wording.',
    edition: '2007, as revised',
    categories: ['learningSupport'],
    items: [
      { code: 'HLTA-PA', title: 'Relationships with pupils and colleagues that set high expectations', theme: 'Professional attributes' },
      { code: 'HLTA-KU', title: 'Knowing the curriculum, pupils’ needs and how to support them', theme: 'Knowledge and understanding' },
      { code: 'HLTA-PE', title: 'Planning learning activities with the teacher', theme: 'Planning and expectations' },
      { code: 'HLTA-MA', title: 'Checking pupils’ progress and feeding back to the teacher', theme: 'Monitoring and assessment' },
      { code: 'HLTA-TL', title: 'Leading learning with groups and whole classes', theme: 'Teaching and learning activities' }
    ]
  },
  {
    code: 'NOS-STL',
    title: 'National Occupational Standards: supporting teaching and learning',
    source:
      'National Occupational Standards for supporting teaching and learning (2016 suite). Themes summarised in our own words; ' +
      'the units are published on the National Occupational Standards database.',
    edition: '2016',
    categories: ['learningSupport', 'pupilSupport'],
    items: [
      { code: 'NOS-STL-SAFE', title: 'Keeping pupils safe and promoting their welfare', theme: 'Safeguarding and welfare' },
      { code: 'NOS-STL-LEARN', title: 'Supporting learning activities planned with the teacher', theme: 'Learning' },
      { code: 'NOS-STL-BEH', title: 'Promoting positive behaviour', theme: 'Behaviour' },
      { code: 'NOS-STL-SEND', title: 'Supporting pupils with special educational needs or disabilities', theme: 'Inclusion' },
      { code: 'NOS-STL-LIT', title: 'Supporting literacy and numeracy', theme: 'Learning' },
      { code: 'NOS-STL-REFL', title: 'Reflecting on and developing one’s own practice', theme: 'Professional development' }
    ]
  },
  {
    code: 'SBP',
    title: 'School business professional competency framework',
    source:
      'School business professional competency framework (National Association of School Business Management, 2015). ' +
      'Areas summarised in our own words: codes and headings only.',
    edition: '2015',
    categories: ['adminAndBusiness'],
    items: [
      { code: 'SBP-FIN', title: 'Managing the school’s finances and budget', theme: 'Finance' },
      { code: 'SBP-HR', title: 'Supporting and managing staff', theme: 'People' },
      { code: 'SBP-PRO', title: 'Buying goods and services well', theme: 'Procurement' },
      { code: 'SBP-PREM', title: 'Looking after premises and facilities', theme: 'Premises' },
      { code: 'SBP-ADM', title: 'Running administration and keeping information well', theme: 'Administration' },
      { code: 'SBP-RISK', title: 'Managing risk, health and safety', theme: 'Risk' }
    ]
  },
  {
    code: 'ISBL',
    title: 'ISBL Professional Standards',
    source: 'ISBL Professional Standards, Institute of School Business Leadership. © ISBL, all rights reserved: codes and headings only.',
    edition: 'As published by ISBL',
    categories: ['adminAndBusiness'],
    caveat: ISBL_CAVEAT,
    items: [
      { code: 'ISBL-OL', title: 'Operational leadership', theme: 'Discipline' },
      { code: 'ISBL-FIN', title: 'Finance', theme: 'Discipline' },
      { code: 'ISBL-HR', title: 'Human resources', theme: 'Discipline' },
      { code: 'ISBL-PRO', title: 'Procurement', theme: 'Discipline' },
      { code: 'ISBL-EST', title: 'Estates', theme: 'Discipline' },
      { code: 'ISBL-MC', title: 'Marketing and communications', theme: 'Discipline' }
    ]
  }
];

/** Exemplar objectives per staff category, in our own words (Ealing publishes exemplars; these are not theirs). */
export const EXEMPLAR_OBJECTIVES: Record<StaffCategory, readonly ExemplarObjective[]> = {
  learningSupport: [
    {
      title: 'Run a daily phonics intervention with a small Year 1 group',
      successCriteria: 'Each pupil in the group moves on at least one phonics phase by the end of the spring term.',
      agreedEvidence: 'Phonics assessment records each half-term and the class teacher’s feedback.'
    },
    {
      title: 'Support a pupil with an EHC plan to work more independently in lessons',
      successCriteria: 'The pupil completes agreed short tasks with less adult prompting, as set out in their plan.',
      agreedEvidence: 'Notes from EHC plan reviews and observations by the SENCO.'
    },
    {
      title: 'Lead a reading group using the school’s guided reading approach',
      successCriteria: 'Sessions follow the agreed structure and pupils’ reading records show regular progress.',
      agreedEvidence: 'Reading records and a short observation by the English lead.'
    }
  ],
  pupilSupport: [
    {
      title: 'Set up a lunchtime club for pupils who find break times difficult',
      successCriteria: 'The club runs weekly and fewer lunchtime incidents involve the pupils who attend.',
      agreedEvidence: 'Attendance lists and the behaviour log for lunchtimes.'
    },
    {
      title: 'Improve the attendance of a small group of persistently absent pupils',
      successCriteria: 'Each family has a named contact and the group’s attendance rises over the year.',
      agreedEvidence: 'Attendance data each half-term and records of contact with families.'
    },
    {
      title: 'Complete and apply training in emotional literacy support',
      successCriteria: 'Training completed and a programme of sessions delivered to referred pupils.',
      agreedEvidence: 'Training certificate, session plans and feedback from class teachers.'
    }
  ],
  specialistTechnical: [
    {
      title: 'Prepare practical science lessons safely and on time',
      successCriteria: 'Equipment is ready for every booked practical and risk assessments are up to date.',
      agreedEvidence: 'The technician booking log and feedback from the science lead.'
    },
    {
      title: 'Move classroom devices onto the school’s new device management system',
      successCriteria: 'All pupil laptops are enrolled and updates install without staff having to ask.',
      agreedEvidence: 'The device management report and the IT support request log.'
    },
    {
      title: 'Reorganise the design and technology store',
      successCriteria: 'Materials are labelled and stock is checked each half-term, so lessons are not held up.',
      agreedEvidence: 'Stock check records and comments from teaching staff.'
    }
  ],
  adminAndBusiness: [
    {
      title: 'Introduce a new MIS process for recording pupil absence calls',
      successCriteria: 'Every absence call is recorded in the MIS the same morning and first-day calls go out by 10am.',
      agreedEvidence: 'MIS attendance reports and a spot check with the attendance lead.'
    },
    {
      title: 'Move school trip payments to the online payment system',
      successCriteria: 'All trips from the summer term are paid online and cash handling in the office falls.',
      agreedEvidence: 'Payment system reports and the office cash log.'
    },
    {
      title: 'Keep the single central record complete and ready for inspection',
      successCriteria: 'Each new starter’s checks are recorded before they start and a termly audit finds no gaps.',
      agreedEvidence: 'Termly audit notes signed off by the headteacher.'
    }
  ],
  siteStaff: [
    {
      title: 'Set up a planned maintenance schedule for the school site',
      successCriteria: 'Routine checks are scheduled for the year and completed on time, with faults logged and followed up.',
      agreedEvidence: 'The maintenance log and the business manager’s termly review.'
    },
    {
      title: 'Keep weekly fire alarm and emergency lighting tests up to date',
      successCriteria: 'Every test is carried out and recorded in the fire log, with faults reported the same day.',
      agreedEvidence: 'The fire log book and the annual fire risk assessment.'
    },
    {
      title: 'Reduce the school’s energy use in the winter months',
      successCriteria: 'Heating times match the school day and meter readings show lower use than last winter.',
      agreedEvidence: 'Monthly meter readings and the heating timer schedule.'
    }
  ]
};

/** The built-in catalogue: what set-up seeds, and the fallback when the list cannot be read. */
export const BUILT_IN_CATALOGUE: FrameworkCatalogue = { packs: FRAMEWORK_PACKS, exemplars: EXEMPLAR_OBJECTIVES };
